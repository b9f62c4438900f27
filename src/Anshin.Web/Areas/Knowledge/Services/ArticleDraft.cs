using System.Text.RegularExpressions;
using Anshin.Core.Content;
using Anshin.Web.Areas.Knowledge.Model;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Anshin.Web.Areas.Knowledge.Services;

/// <summary>
/// What a writer submits for an article; <see cref="Problems"/> names each field that is not acceptable. MVC's own
/// validation is off for it (it would demand every non-nullable string, even the optional note): the form handler
/// calls <see cref="Normalize"/>, which turns empty fields into "", and then <see cref="Problems"/>.
/// </summary>
[ValidateNever]
public sealed partial class ArticleDraft
{
    public const int MaxBody = 200_000;

    public string Slug { get; set; } = "";

    public string Language { get; set; } = "ja";

    public ArticleType Type { get; set; }

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Body { get; set; } = "";

    public int? CounterpartId { get; set; }

    /// <summary>The 手口 the article is about (ids of the desk's taxonomy).</summary>
    public List<int> MethodIds { get; set; } = [];

    /// <summary>What the writer says about this change (kept with the version).</summary>
    public string Note { get; set; } = "";

    public static ArticleDraft From(Article a) => new()
    {
        Slug = a.Slug,
        Language = a.Language,
        Type = a.Type,
        Title = a.Title,
        Summary = a.Summary,
        Body = a.BodyMarkdown,
        CounterpartId = a.CounterpartId,
    };

    public static ArticleDraft From(Article a, IEnumerable<int> methodIds)
    {
        var draft = From(a);
        draft.MethodIds = [.. methodIds];
        return draft;
    }

    /// <summary>Trims what the writer typed; the slug in lower case.</summary>
    public void Normalize()
    {
        Slug = (Slug ?? "").Trim().ToLowerInvariant();
        Language = (Language ?? "").Trim();
        Title = (Title ?? "").Trim();
        Summary = (Summary ?? "").Trim();
        Body = (Body ?? "").ReplaceLineEndings("\n").TrimEnd();
        Note = (Note ?? "").Trim();
        MethodIds = [.. (MethodIds ?? []).Distinct().Take(20)];
    }

    /// <summary>Field name → resource key of the message, for every field that is not acceptable.</summary>
    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (!SlugPattern().IsMatch(Slug) || Slug.Length > 100)
        {
            problems.Add((nameof(Slug), "Articles.Error.Slug"));
        }

        if (Language is not ("ja" or "en"))
        {
            problems.Add((nameof(Language), "Articles.Error.Language"));
        }

        if (!Enum.IsDefined(Type))
        {
            problems.Add((nameof(Type), "Articles.Error.Type"));
        }

        if (Title.Length is 0 or > 200)
        {
            problems.Add((nameof(Title), "Articles.Error.Title"));
        }

        if (Summary.Length > 500)
        {
            problems.Add((nameof(Summary), "Articles.Error.Summary"));
        }

        if (Body.Length is 0 or > MaxBody)
        {
            problems.Add((nameof(Body), "Articles.Error.Body"));
        }
        else if (MarkdownHtml.ImagesWithoutAlt(Body).Count > 0)
        {
            problems.Add((nameof(Body), "Articles.Error.ImageAlt"));
        }

        if (Note.Length > 500)
        {
            problems.Add((nameof(Note), "Articles.Error.Note"));
        }

        return problems;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
