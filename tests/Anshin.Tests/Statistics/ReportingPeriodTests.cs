using Anshin.Core.Statistics;

namespace Anshin.Tests.Statistics;

public sealed class ReportingPeriodTests
{
    [Fact]
    public void FiscalYear_RunsFromAprilToMarch_AndIsNamedByItsFirstYear()
    {
        var fy = ReportingPeriod.FiscalYearOf(new DateOnly(2026, 2, 14));
        Assert.Equal(new DateOnly(2025, 4, 1), fy.From);
        Assert.Equal(new DateOnly(2026, 3, 31), fy.To);
        Assert.Equal("2025年度", fy.Label(japanese: true));
        Assert.Equal("FY2025", fy.Label(japanese: false));
        Assert.Equal(ReportingPeriod.FiscalYear(2026), ReportingPeriod.FiscalYearOf(new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void Quarters_Previous_AndYearEarlier_CrossYearBoundaries()
    {
        var q1 = ReportingPeriod.QuarterOf(new DateOnly(2026, 2, 1));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), (q1.From, q1.To));
        Assert.Equal(ReportingPeriod.Quarter(2025, 4), q1.Previous());
        Assert.Equal(ReportingPeriod.Quarter(2025, 1), q1.YearEarlier());
        Assert.Equal("2026年 第1四半期", q1.Label(japanese: true));
        Assert.Equal(new DateOnly(2024, 2, 29), ReportingPeriod.Month(2024, 2).To);
    }

    [Fact]
    public void Weeks_RunMondayToSunday()
    {
        var week = ReportingPeriod.WeekOf(new DateOnly(2026, 12, 2)); // a Wednesday
        Assert.Equal(new DateOnly(2026, 11, 30), week.From);
        Assert.Equal(new DateOnly(2026, 12, 6), week.To);
        Assert.Equal(ReportingPeriod.WeekOf(new DateOnly(2026, 11, 23)), week.Previous());
        Assert.Equal(ReportingPeriod.WeekOf(new DateOnly(2026, 12, 6)), week);
    }

    [Theory]
    [InlineData("2025")]
    [InlineData("fy2024")]
    [InlineData("2026q3")]
    [InlineData("2026-07")]
    [InlineData("w2026-11-30")]
    [InlineData("2026-01-10..2026-02-20")]
    public void Keys_RoundTrip(string key) => Assert.Equal(key, ReportingPeriod.Parse(key)!.Key);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("20255")]
    [InlineData("2026q5")]
    [InlineData("2026-13")]
    [InlineData("fyxxxx")]
    [InlineData("2026-02-20..2026-01-10")]
    [InlineData("2000-01-01..2026-01-01")]
    [InlineData("'; DROP TABLE x;--")]
    public void BadKeys_AreRefused(string? key) => Assert.Null(ReportingPeriod.Parse(key));

    [Fact]
    public void ACustomRange_HasAPreviousRangeOfTheSameLength()
    {
        var range = ReportingPeriod.Custom(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10))!;
        Assert.Equal(10, range.Days);
        Assert.Equal(ReportingPeriod.Custom(new DateOnly(2026, 2, 19), new DateOnly(2026, 2, 28)), range.Previous());
    }
}
