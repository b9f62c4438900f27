using Anshin.Core.SelfCheck;
using Anshin.Web.Areas.SelfCheck.Model;

namespace Anshin.Web.Areas.SelfCheck.Services;

/// <summary>Where a draft stands in the three parts.</summary>
public static class SelfCheckFlow
{
    /// <summary>The first part with a question not yet answered; the last part when all are answered.</summary>
    public static int FirstOpenPart(SelfCheckDraft draft)
    {
        var set = SelfCheckQuestionSets.Current;
        var open = set.Questions.FirstOrDefault(q => SelfCheckDrafts.AnswerOf(draft, q.Number) is null);
        return open?.Part ?? set.Parts[^1].Number;
    }

    public static int Answered(SelfCheckDraft draft) => draft.Answers.Count(c => c != SelfCheckDrafts.Unanswered);

    /// <summary>The answer a form field carries (<c>d</c>, <c>p</c>, <c>n</c>, <c>u</c>), or null.</summary>
    public static SelfCheckAnswer? Parse(string? value) => value switch
    {
        "d" => SelfCheckAnswer.Done,
        "p" => SelfCheckAnswer.Partly,
        "n" => SelfCheckAnswer.NotDone,
        "u" => SelfCheckAnswer.Unknown,
        _ => null,
    };

    public static string FieldValue(SelfCheckAnswer answer) => answer switch
    {
        SelfCheckAnswer.Done => "d",
        SelfCheckAnswer.Partly => "p",
        SelfCheckAnswer.NotDone => "n",
        _ => "u",
    };

    /// <summary>The resource key of an answer's label.</summary>
    public static string LabelKey(SelfCheckAnswer answer) => "SelfCheck.Answer." + answer;

    public static readonly IReadOnlyList<SelfCheckAnswer> Choices =
        [SelfCheckAnswer.Done, SelfCheckAnswer.Partly, SelfCheckAnswer.NotDone, SelfCheckAnswer.Unknown];
}
