using Anshin.Core.SelfCheck;

namespace Anshin.Tests.SelfCheck;

public sealed class SelfCheckScoreTests
{
    [Theory]
    [InlineData(SelfCheckAnswer.Done, 4)]
    [InlineData(SelfCheckAnswer.Partly, 2)]
    [InlineData(SelfCheckAnswer.NotDone, 0)]
    [InlineData(SelfCheckAnswer.Unknown, -1)]
    public void Points_FollowTheSheet(SelfCheckAnswer answer, int points)
    {
        Assert.Equal(points, SelfCheckScoring.Points(answer));
    }

    [Fact]
    public void Points_RejectAnUndefinedAnswer()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SelfCheckScoring.Points((SelfCheckAnswer)7));
    }

    [Fact]
    public void AnswerCodes_AreStable()
    {
        Assert.Equal([0, 1, 2, 3], new[] { SelfCheckAnswer.NotDone, SelfCheckAnswer.Partly, SelfCheckAnswer.Done, SelfCheckAnswer.Unknown }.Select(a => (int)a));
    }

    [Fact]
    public void Total_AllDone_Is100_AndAllUnknown_IsMinus25()
    {
        Assert.Equal(100, SelfCheckScore.Total(Answers.All(SelfCheckAnswer.Done)));
        Assert.Equal(-25, SelfCheckScore.Total(Answers.All(SelfCheckAnswer.Unknown)));
        Assert.Equal(0, SelfCheckScore.Total(Answers.All(SelfCheckAnswer.NotDone)));
        Assert.Equal(50, SelfCheckScore.Total(Answers.All(SelfCheckAnswer.Partly)));
    }

    [Theory]
    [InlineData(0, 0, 0, 25, -25, SelfCheckBand.AtRisk)]
    [InlineData(12, 1, 11, 1, 49, SelfCheckBand.AtRisk)]
    [InlineData(12, 1, 12, 0, 50, SelfCheckBand.Gaps)]
    [InlineData(17, 1, 6, 1, 69, SelfCheckBand.Gaps)]
    [InlineData(17, 1, 7, 0, 70, SelfCheckBand.Mostly)]
    [InlineData(24, 1, 0, 0, 98, SelfCheckBand.Mostly)]
    [InlineData(25, 0, 0, 0, 100, SelfCheckBand.Complete)]
    public void Total_OnTheReachableBandBoundaries_FallsInTheRightBand(int done, int partly, int notDone, int unknown, int total, SelfCheckBand band)
    {
        var score = SelfCheckScore.Total(Answers.With(done, partly, notDone, unknown));

        Assert.Equal(total, score);
        Assert.Equal(band, SelfCheckBands.For(score));
    }

    [Fact]
    public void Total_CoversMinus25To100_But99IsNeverReached()
    {
        var reachable = new HashSet<int>();
        for (var done = 0; done <= 25; done++)
        {
            for (var partly = 0; done + partly <= 25; partly++)
            {
                for (var unknown = 0; done + partly + unknown <= 25; unknown++)
                {
                    reachable.Add(SelfCheckScore.Total(Answers.With(done, partly, 25 - done - partly - unknown, unknown)));
                }
            }
        }

        Assert.Equal(-25, reachable.Min());
        Assert.Equal(100, reachable.Max());
        Assert.Superset(new HashSet<int> { -25, 49, 50, 69, 70, 98, 100 }, reachable);
        Assert.DoesNotContain(99, reachable);
        Assert.DoesNotContain(97, reachable);
    }

    [Theory]
    [InlineData(-25, SelfCheckBand.AtRisk)]
    [InlineData(0, SelfCheckBand.AtRisk)]
    [InlineData(49, SelfCheckBand.AtRisk)]
    [InlineData(50, SelfCheckBand.Gaps)]
    [InlineData(69, SelfCheckBand.Gaps)]
    [InlineData(70, SelfCheckBand.Mostly)]
    [InlineData(99, SelfCheckBand.Mostly)]
    [InlineData(100, SelfCheckBand.Complete)]
    public void Bands_ChangeExactlyAtTheirBoundaries(int score, SelfCheckBand band)
    {
        Assert.Equal(band, SelfCheckBands.For(score));
    }

    [Theory]
    [InlineData(-26)]
    [InlineData(101)]
    public void Bands_RejectScoresOutsideTheRange(int score)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SelfCheckBands.For(score));
    }

    [Fact]
    public void EveryBand_HasATitleAndAdvice_InBothLanguages()
    {
        Assert.All(Enum.GetValues<SelfCheckBand>(), band =>
        {
            foreach (var text in new[] { SelfCheckBands.Title(band), SelfCheckBands.Advice(band) })
            {
                Assert.False(string.IsNullOrWhiteSpace(text.Ja));
                Assert.False(string.IsNullOrWhiteSpace(text.En));
            }
        });
        Assert.Contains("ガイドライン", SelfCheckBands.Advice(SelfCheckBand.AtRisk).Ja, StringComparison.Ordinal);
        Assert.Contains("100", SelfCheckBands.Advice(SelfCheckBand.Gaps).En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(24)]
    [InlineData(26)]
    public void Total_AndFollowUps_RejectAWrongNumberOfAnswers(int count)
    {
        var answers = Enumerable.Repeat(SelfCheckAnswer.Done, count).ToArray();

        Assert.Throws<ArgumentException>(() => SelfCheckScore.Total(answers));
        Assert.Throws<ArgumentException>(() => SelfCheckScore.FollowUps(answers));
    }

    [Fact]
    public void FollowUps_ListEveryAnswerBelowDone_InQuestionOrder_FlaggingUnknownsToFindOut()
    {
        var answers = Answers.All(SelfCheckAnswer.Done);
        answers[2] = SelfCheckAnswer.Unknown;
        answers[10] = SelfCheckAnswer.Partly;
        answers[24] = SelfCheckAnswer.NotDone;

        var followUps = SelfCheckScore.FollowUps(answers);

        Assert.Equal(
            [new FollowUp(3, SelfCheckAnswer.Unknown), new FollowUp(11, SelfCheckAnswer.Partly), new FollowUp(25, SelfCheckAnswer.NotDone)],
            followUps);
        Assert.Equal([true, false, false], followUps.Select(f => f.FindOut));
    }

    [Fact]
    public void FollowUps_AreNone_WhenEverythingIsDone()
    {
        Assert.Empty(SelfCheckScore.FollowUps(Answers.All(SelfCheckAnswer.Done)));
    }
}
