using Anshin.Core.Statistics;

namespace Anshin.Tests.Statistics;

public sealed class SpikeRuleTests
{
    [Theory]
    [InlineData(0, 2.0, 1.0)]
    [InlineData(1, 2.0, 0.8646647167633873)] // 1 − e^−2
    [InlineData(3, 1.0, 0.08030139707139416)] // 1 − e^−1 (1 + 1 + 1/2)
    [InlineData(10, 2.0, 4.649807501575077e-5)]
    public void PoissonUpperTail_MatchesTheClosedForm(int k, double lambda, double expected) =>
        Assert.Equal(expected, SpikeRule.PoissonUpperTail(k, lambda), 1e-12);

    [Fact]
    public void PoissonUpperTail_StaysAccurateFarOutInTheTail() =>
        Assert.InRange(SpikeRule.PoissonUpperTail(60, 3), 2.5e-55, 2.8e-55); // e^−3·3^60/60! ≈ 2.54e−55, plus the terms after it

    [Fact]
    public void ASteadySeries_IsNoSpike_EvenAtItsUsualHigh()
    {
        var verdict = SpikeRule.Judge(14, [10, 12, 9, 11, 13, 10, 12, 11]);
        Assert.False(verdict.IsSpike);
        Assert.Equal(11, verdict.Baseline);
    }

    [Fact]
    public void ATripling_IsASpike()
    {
        var verdict = SpikeRule.Judge(33, [10, 12, 9, 11, 13, 10, 12, 11]);
        Assert.True(verdict.IsSpike);
        Assert.Equal(3, verdict.Ratio, 1e-9);
    }

    [Fact]
    public void SmallCounts_NeverAlarm_HoweverRareTheMethodWas()
    {
        Assert.False(SpikeRule.Judge(4, [0, 0, 0, 0, 0, 0, 0, 0]).IsSpike);
        Assert.True(SpikeRule.Judge(5, [0, 0, 0, 0, 0, 0, 0, 0]).IsSpike);
    }

    [Fact]
    public void ADropOrNoHistory_IsNoSpike()
    {
        Assert.False(SpikeRule.Judge(2, [10, 12, 9, 11, 13, 10, 12, 11]).IsSpike);
        Assert.False(SpikeRule.Judge(0, []).IsSpike);
    }
}
