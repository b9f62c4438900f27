using System.Globalization;
using Anshin.Core.Statistics;

namespace Anshin.Tests.Statistics;

public sealed class NiceScaleTests
{
    private static string Ticks(NiceScale scale) => string.Join(' ', scale.Ticks.Select(t => t.ToString(CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(0, 7, false, "0 2 4 6 8")]
    [InlineData(0, 1234, false, "0 500 1000 1500")]
    [InlineData(0, 0, false, "0 0.2 0.4 0.6 0.8 1")]
    [InlineData(0, 0, true, "0 1")]
    [InlineData(0, 1, false, "0 0.2 0.4 0.6 0.8 1")]
    [InlineData(0, 1, true, "0 1")]
    [InlineData(0, 3, true, "0 1 2 3")]
    [InlineData(0, 100, false, "0 20 40 60 80 100")]
    [InlineData(0, 0.6, false, "0 0.2 0.4 0.6")]
    [InlineData(-3, 7, false, "-4 -2 0 2 4 6 8")]
    [InlineData(7, 0, false, "0 2 4 6 8")]
    [InlineData(5, 5, false, "0 1 2 3 4 5")]
    [InlineData(-5, -5, true, "-5 -4 -3 -2 -1 0")]
    public void Ticks_AreOneTwoOrFiveTimesAPowerOfTen_CoveringTheRange(double min, double max, bool wholeNumbers, string expected)
    {
        Assert.Equal(expected, Ticks(NiceScale.For(min, max, wholeNumbers)));
    }

    [Fact]
    public void Ticks_ForMillions_AreFormattedWithThousandsSeparators()
    {
        var scale = NiceScale.For(0, 1_234_567);

        Assert.Equal(500_000, scale.Step);
        Assert.Equal(["0", "500,000", "1,000,000", "1,500,000"], scale.Ticks.Select(scale.Format));
    }

    [Fact]
    public void TickLabels_ShowJustTheDecimalsTheStepNeeds()
    {
        var scale = NiceScale.For(0, 0.03);

        Assert.Equal(2, scale.Decimals);
        Assert.Equal(["0.00", "0.01", "0.02", "0.03"], scale.Ticks.Select(scale.Format));
    }

    [Fact]
    public void NotFiniteOrHugeBounds_GiveAFiniteScale()
    {
        Assert.Equal("0 1", Ticks(NiceScale.For(double.NaN, double.PositiveInfinity, wholeNumbers: true)));
        var huge = NiceScale.For(0, double.MaxValue);
        Assert.True(double.IsFinite(huge.Max));
        Assert.True(huge.Ticks.Count is >= 2 and <= 11);
    }

    [Fact]
    public void Fraction_PlacesValuesBetweenTheEnds_Clamped()
    {
        var scale = NiceScale.For(0, 7);

        Assert.Equal(0.5, scale.Fraction(4));
        Assert.Equal(0, scale.Fraction(-3));
        Assert.Equal(1, scale.Fraction(100));
        Assert.Equal(0, scale.Fraction(double.NaN));
    }
}
