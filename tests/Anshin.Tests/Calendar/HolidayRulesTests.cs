using Anshin.Core.Calendar;

namespace Anshin.Tests.Calendar;

public class HolidayRulesTests
{
    // 2019: the enthronement days; 2020 and 2021: the Olympic moves of 海の日, スポーツの日 and 山の日.
    private static readonly int[] SpecialLawYears = [2019, 2020, 2021];

    public static TheoryData<int> OrdinaryYears()
    {
        var years = new TheoryData<int>();
        foreach (var year in Enumerable.Range(2000, 28).Except(SpecialLawYears))
        {
            years.Add(year);
        }

        return years;
    }

    [Theory]
    [MemberData(nameof(OrdinaryYears))]
    public void ForYear_MatchesOfficialFile(int year)
    {
        var expected = OfficialHolidayFile.ForYear(year).OrderBy(pair => pair.Key).Select(pair => new Holiday(pair.Key, pair.Value));

        Assert.Equal(expected, HolidayRules.ForYear(year));
    }

    [Theory]
    [InlineData(2028, 20, 22)]
    [InlineData(2029, 20, 23)]
    [InlineData(2030, 20, 23)]
    [InlineData(2099, 20, 23)]
    public void EquinoxDays_FollowTheApproximation(int year, int spring, int autumn)
    {
        var since1980 = year - 1980;
        Assert.Equal((int)Math.Floor(20.8431 + (0.242194 * since1980) - (since1980 / 4)), HolidayRules.VernalEquinoxDay(year));
        Assert.Equal((int)Math.Floor(23.2488 + (0.242194 * since1980) - (since1980 / 4)), HolidayRules.AutumnalEquinoxDay(year));
        Assert.Equal(spring, HolidayRules.VernalEquinoxDay(year));
        Assert.Equal(autumn, HolidayRules.AutumnalEquinoxDay(year));
    }

    [Fact]
    public void ForYear_2028_SpotCheck()
    {
        var holidays = HolidayRules.ForYear(2028).ToDictionary(h => h.Date, h => h.Name);

        Assert.Equal("春分の日", holidays[new DateOnly(2028, 3, 20)]);
        Assert.Equal("秋分の日", holidays[new DateOnly(2028, 9, 22)]);
        Assert.Equal("成人の日", holidays[new DateOnly(2028, 1, 10)]);
        Assert.Equal("海の日", holidays[new DateOnly(2028, 7, 17)]);
        Assert.Equal("敬老の日", holidays[new DateOnly(2028, 9, 18)]);
        Assert.Equal("スポーツの日", holidays[new DateOnly(2028, 10, 9)]);
        Assert.Equal(16, holidays.Count);
    }

    [Fact]
    public void ForYear_2029_HasSubstituteHolidayAfterSundayEquinox()
    {
        var holidays = HolidayRules.ForYear(2029).ToDictionary(h => h.Date, h => h.Name);

        Assert.Equal("春分の日", holidays[new DateOnly(2029, 3, 20)]);
        Assert.Equal("秋分の日", holidays[new DateOnly(2029, 9, 23)]);
        Assert.Equal("休日", holidays[new DateOnly(2029, 9, 24)]);
    }

    [Fact]
    public void ForYear_SundayConstitutionDay_MovesSubstitutePastGoldenWeek()
    {
        // 2037-05-03 is a Sunday: 5/4 and 5/5 are holidays themselves, so the day off is 5/6.
        var holidays = HolidayRules.ForYear(2037).ToDictionary(h => h.Date, h => h.Name);

        Assert.Equal(DayOfWeek.Sunday, new DateOnly(2037, 5, 3).DayOfWeek);
        Assert.Equal("休日", holidays[new DateOnly(2037, 5, 6)]);
    }

    [Fact]
    public void ForYear_DayBetweenRespectForTheAgedDayAndEquinox_IsCitizensHoliday()
    {
        // 2032: 敬老の日 is Monday 9/20 and 秋分の日 Wednesday 9/22.
        var holidays = HolidayRules.ForYear(2032).ToDictionary(h => h.Date, h => h.Name);

        Assert.Equal("敬老の日", holidays[new DateOnly(2032, 9, 20)]);
        Assert.Equal("休日", holidays[new DateOnly(2032, 9, 21)]);
        Assert.Equal("秋分の日", holidays[new DateOnly(2032, 9, 22)]);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2100)]
    public void ForYear_OutsideSupportedRange_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRules.ForYear(year));
    }
}
