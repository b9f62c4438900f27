using Anshin.Core.SelfCheck;

namespace Anshin.Tests.SelfCheck;

public sealed class PeerFiguresTests
{
    private static readonly Dictionary<int, int> FivePeers = new() { [50] = 2, [70] = 2, [90] = 1 };

    [Fact]
    public void From_CountsAveragesAndPlacesTheScore_CountingEqualScoresAsHalfBelow()
    {
        var figures = PeerFigures.From(FivePeers, 70);

        Assert.Equal(5, figures.Results);
        Assert.Equal(66.0, figures.Average);
        Assert.Equal(60, figures.Percentile);
    }

    [Theory]
    [InlineData(-25, 0)]
    [InlineData(50, 20)]
    [InlineData(60, 40)]
    [InlineData(90, 90)]
    [InlineData(100, 100)]
    public void Percentile_RunsFromNoneBelowToAllBelow(int score, int percentile)
    {
        Assert.Equal(percentile, PeerFigures.From(FivePeers, score).Percentile);
    }

    [Fact]
    public void Percentile_OfAGroupWhereEveryoneScoresTheSame_IsFifty()
    {
        Assert.Equal(50, PeerFigures.From(new Dictionary<int, int> { [80] = 12 }, 80).Percentile);
    }

    [Fact]
    public void Percentile_RoundsHalfAwayFromZero()
    {
        // 3 below and 1 equal of 8: (3 + 0.5) / 8 = 43.75 % → 44; 1 below of 8 = 12.5 % → 13.
        var counts = new Dictionary<int, int> { [10] = 3, [20] = 1, [30] = 4 };

        Assert.Equal(44, PeerFigures.From(counts, 20).Percentile);
        Assert.Equal(13, PeerFigures.From(new Dictionary<int, int> { [10] = 1, [30] = 7 }, 20).Percentile);
    }

    [Fact]
    public void Average_IsRoundedToOneDecimal_HalfAwayFromZero()
    {
        // (−1 × 1 + 0 × 2 + 1 × 13) / 16 = 0.75 → 0.8
        var counts = new Dictionary<int, int> { [-1] = 1, [0] = 2, [1] = 13 };
        Assert.Equal(0.8, PeerFigures.From(counts, 0).Average);

        // 200 / 3 = 66.666… → 66.7; negative averages round away from zero too: −0.25 → −0.3.
        Assert.Equal(66.7, PeerFigures.From(new Dictionary<int, int> { [50] = 1, [60] = 1, [90] = 1 }, 60).Average);
        Assert.Equal(-0.3, PeerFigures.From(new Dictionary<int, int> { [-1] = 1, [0] = 3 }, 0).Average);
    }

    [Fact]
    public void From_AnEmptyHistogram_HasNoResults()
    {
        var figures = PeerFigures.From(new Dictionary<int, int>(), 70);

        Assert.Equal(new PeerFigures(0, 0, 0), figures);
        Assert.Equal(new PeerFigures(0, 0, 0), PeerFigures.From(new Dictionary<int, int> { [70] = 0 }, 70));
    }

    [Fact]
    public void From_RejectsScoresOutsideTheRange_AndNegativeCounts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PeerFigures.From(new Dictionary<int, int> { [101] = 1 }, 70));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeerFigures.From(new Dictionary<int, int> { [70] = -1 }, 70));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeerFigures.From(FivePeers, -26));
    }

    [Fact]
    public void MinimumGroup_IsTen()
    {
        Assert.Equal(10, PeerFigures.MinimumGroup);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(0, 7, 0)]
    [InlineData(7, 7, 100)]
    [InlineData(1, 8, 13)]
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 67)]
    [InlineData(1, 200, 1)]
    [InlineData(1, 201, 0)]
    [InlineData(199, 200, 100)]
    [InlineData(397, 400, 99)]
    public void DoneShare_IsAWholePercent_RoundedHalfAwayFromZero(int done, int results, int percent)
    {
        Assert.Equal(percent, PeerFigures.DoneShare(done, results));
    }

    [Fact]
    public void DoneShare_RejectsMoreDoneThanResults()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PeerFigures.DoneShare(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeerFigures.DoneShare(-1, 2));
    }
}
