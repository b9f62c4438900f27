using Anshin.Core.SelfCheck;

namespace Anshin.Tests.SelfCheck;

/// <summary>Builds a full set of 25 answers from how many of each there are (done first, then partly, not done, unknown).</summary>
internal static class Answers
{
    public static SelfCheckAnswer[] With(int done = 0, int partly = 0, int notDone = 0, int unknown = 0)
    {
        var answers = Enumerable.Repeat(SelfCheckAnswer.Done, done)
            .Concat(Enumerable.Repeat(SelfCheckAnswer.Partly, partly))
            .Concat(Enumerable.Repeat(SelfCheckAnswer.NotDone, notDone))
            .Concat(Enumerable.Repeat(SelfCheckAnswer.Unknown, unknown))
            .ToArray();
        if (answers.Length != SelfCheckScore.QuestionCount)
        {
            throw new ArgumentException($"{answers.Length} answers given; a self-check has {SelfCheckScore.QuestionCount}.");
        }

        return answers;
    }

    public static SelfCheckAnswer[] All(SelfCheckAnswer answer) => [.. Enumerable.Repeat(answer, SelfCheckScore.QuestionCount)];
}
