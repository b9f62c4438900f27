using Anshin.Core.Content;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Anshin.Web.Areas.Knowledge.Navigator;

/// <summary>The node form: what staff type for one page of the navigator. Checked by <see cref="Problems"/>, not by attributes.</summary>
[ValidateNever]
public sealed class NavigatorNodeInput
{
    public const int MaxTitle = 120;
    public const int MaxSummary = 300;
    public const int MaxChoice = 80;
    public const int MaxQuestion = 200;
    public const int MaxBody = 20_000;

    public string Key { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Choice { get; set; } = "";

    public string Question { get; set; } = "";

    /// <summary>Markdown; named like the article editor's field so the live preview script serves both.</summary>
    public string Body { get; set; } = "";

    /// <summary>What the writer says about the change (kept with the version).</summary>
    public string Note { get; set; } = "";

    public static NavigatorNodeInput From(NavigatorNode node) => new()
    {
        Key = node.Key,
        Title = node.Title,
        Summary = node.Summary,
        Choice = node.Choice,
        Question = node.Question,
        Body = node.Body,
    };

    /// <summary>Trims the one-line fields, folds the key to lower case and normalises line ends in the body.</summary>
    public void Normalize()
    {
        Key = (Key ?? "").Trim().ToLowerInvariant();
        Title = (Title ?? "").Trim();
        Summary = (Summary ?? "").Trim();
        Choice = (Choice ?? "").Trim();
        Question = (Question ?? "").Trim();
        Body = (Body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        Note = (Note ?? "").Trim();
    }

    /// <summary>The fields that are wrong, with resource keys of the messages.</summary>
    public IEnumerable<(string Field, string Message)> Problems(bool isRoot)
    {
        if (!NavigatorKeys.IsValid(Key))
        {
            yield return (nameof(Key), "Navigator.Error.KeyFormat");
        }

        if (Title.Length == 0)
        {
            yield return (nameof(Title), "Navigator.Error.TitleRequired");
        }
        else if (Title.Length > MaxTitle)
        {
            yield return (nameof(Title), "Navigator.Error.TitleTooLong");
        }

        if (Summary.Length > MaxSummary)
        {
            yield return (nameof(Summary), "Navigator.Error.SummaryTooLong");
        }

        if (!isRoot && Choice.Length == 0)
        {
            yield return (nameof(Choice), "Navigator.Error.ChoiceRequired");
        }
        else if (Choice.Length > MaxChoice)
        {
            yield return (nameof(Choice), "Navigator.Error.ChoiceTooLong");
        }

        if (Question.Length > MaxQuestion)
        {
            yield return (nameof(Question), "Navigator.Error.QuestionTooLong");
        }

        if (Body.Length > MaxBody)
        {
            yield return (nameof(Body), "Navigator.Error.BodyTooLong");
        }
        else if (MarkdownHtml.ImagesWithoutAlt(Body).Count > 0)
        {
            yield return (nameof(Body), "Articles.Error.ImageAlt");
        }

        if (Note.Length > 500)
        {
            yield return (nameof(Note), "Navigator.Error.NoteTooLong");
        }
    }
}
