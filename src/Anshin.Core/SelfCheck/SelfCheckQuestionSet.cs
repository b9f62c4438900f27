namespace Anshin.Core.SelfCheck;

/// <summary>
/// One published edition of the questions. A stored result names its <see cref="Version"/>, so that it is always shown with
/// the wording it was answered against, even after the questions are revised.
/// </summary>
public sealed class SelfCheckQuestionSet
{
    /// <exception cref="ArgumentException">Questions not numbered 1..25 in order, or a question in a part that does not exist.</exception>
    public SelfCheckQuestionSet(string version, IReadOnlyList<SelfCheckPart> parts, IReadOnlyList<SelfCheckQuestion> questions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(questions);
        if (questions.Count != SelfCheckScore.QuestionCount || questions.Where((q, i) => q.Number != i + 1).Any())
        {
            throw new ArgumentException($"Questions must be numbered 1 to {SelfCheckScore.QuestionCount} in order.", nameof(questions));
        }

        if (questions.FirstOrDefault(q => !parts.Any(p => p.Number == q.Part)) is { } stray)
        {
            throw new ArgumentException($"Question {stray.Number} is in part {stray.Part}, which the set does not have.", nameof(questions));
        }

        Version = version;
        Parts = parts;
        Questions = questions;
    }

    /// <summary>For example "2026.1".</summary>
    public string Version { get; }

    public IReadOnlyList<SelfCheckPart> Parts { get; }

    /// <summary>The 25 questions in order: <c>Questions[n - 1]</c> is question n.</summary>
    public IReadOnlyList<SelfCheckQuestion> Questions { get; }

    /// <exception cref="ArgumentOutOfRangeException">Not 1–25.</exception>
    public SelfCheckQuestion Question(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, Questions.Count);
        return Questions[number - 1];
    }

    public IEnumerable<SelfCheckQuestion> QuestionsIn(SelfCheckPart part) => Questions.Where(q => q.Part == part.Number);
}
