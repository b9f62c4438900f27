namespace Anshin.Core.SelfCheck;

/// <summary>A question answered below "done": <see cref="FindOut"/> when the answer was "don't know".</summary>
public sealed record FollowUp(int Number, SelfCheckAnswer Answer)
{
    public bool FindOut => Answer == SelfCheckAnswer.Unknown;
}

public static class SelfCheckScore
{
    public const int QuestionCount = 25;
    public const int Minimum = -QuestionCount;
    public const int Maximum = 4 * QuestionCount;

    /// <summary>The sum of the points of the 25 answers, from −25 (all "don't know") to 100 (all done).</summary>
    /// <exception cref="ArgumentException">Not exactly 25 answers.</exception>
    public static int Total(IReadOnlyList<SelfCheckAnswer> answers)
    {
        RequireFullSet(answers);
        return answers.Sum(SelfCheckScoring.Points);
    }

    /// <summary>The questions (numbered from 1) answered partly, not done or "don't know", in question order.</summary>
    /// <exception cref="ArgumentException">Not exactly 25 answers.</exception>
    public static IReadOnlyList<FollowUp> FollowUps(IReadOnlyList<SelfCheckAnswer> answers)
    {
        RequireFullSet(answers);
        return [.. answers.Select((a, i) => new FollowUp(i + 1, a)).Where(f => f.Answer != SelfCheckAnswer.Done)];
    }

    internal static void RequireFullSet(IReadOnlyList<SelfCheckAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count != QuestionCount)
        {
            throw new ArgumentException($"A self-check has {QuestionCount} answers, not {answers.Count}.", nameof(answers));
        }
    }
}
