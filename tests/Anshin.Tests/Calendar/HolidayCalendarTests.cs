using Anshin.Core.Calendar;

namespace Anshin.Tests.Calendar;

public class HolidayCalendarTests
{
    [Fact]
    public void Default_AgreesWithOfficialFile_OnEveryDayFrom2000To2027()
    {
        var calendar = HolidayCalendar.Default;
        var official = OfficialHolidayFile.All;
        for (var day = new DateOnly(2000, 1, 1); day <= new DateOnly(2027, 12, 31); day = day.AddDays(1))
        {
            var expected = official.GetValueOrDefault(day);
            Assert.Equal(expected is not null, calendar.IsHoliday(day));
            Assert.Equal(expected, calendar.HolidayName(day));
        }
    }

    [Fact]
    public void Default_CoversOfficialDataThrough2027()
    {
        Assert.Equal(2027, HolidayCalendar.Default.LastDataYear);
        Assert.Equal(OfficialHolidayFile.ForYear(1955).Count, HolidayCalendar.Default.ForYear(1955).Count);
    }

    [Theory]
    [InlineData(2028)]
    [InlineData(2035)]
    public void ForYear_AfterTheData_UsesRules(int year)
    {
        Assert.Equal(HolidayRules.ForYear(year), HolidayCalendar.Default.ForYear(year));
    }

    [Fact]
    public void ForYear_BeforeTheData_IsEmpty()
    {
        Assert.Empty(HolidayCalendar.Default.ForYear(1954));
        Assert.False(HolidayCalendar.Default.IsHoliday(new DateOnly(1954, 1, 1)));
    }

    [Fact]
    public void Default_Uses2028Rules_ForRuleBasedDays()
    {
        var calendar = HolidayCalendar.Default;

        Assert.Equal("春分の日", calendar.HolidayName(new DateOnly(2028, 3, 20)));
        Assert.Equal("秋分の日", calendar.HolidayName(new DateOnly(2028, 9, 22)));
        Assert.Equal("成人の日", calendar.HolidayName(new DateOnly(2028, 1, 10)));
    }

    [Fact]
    public void WithOverrides_ImportedYearReplacesRules()
    {
        var imported = new[]
        {
            new Holiday(new DateOnly(2028, 1, 1), "元日"),
            new Holiday(new DateOnly(2028, 6, 15), "特別の休日"),
        };

        var calendar = HolidayCalendar.Default.WithOverrides(imported);

        Assert.Equal(2028, calendar.LastDataYear);
        Assert.Equal(imported, calendar.ForYear(2028));
        Assert.Equal("特別の休日", calendar.HolidayName(new DateOnly(2028, 6, 15)));
        Assert.False(calendar.IsHoliday(new DateOnly(2028, 3, 20)));
        Assert.Equal(HolidayCalendar.Default.ForYear(2027), calendar.ForYear(2027));
        Assert.Equal(HolidayRules.ForYear(2029), calendar.ForYear(2029));
    }

    [Fact]
    public void WithOverrides_ImportedYearReplacesData()
    {
        var calendar = HolidayCalendar.Default.WithOverrides([new Holiday(new DateOnly(2027, 1, 1), "元日")]);

        Assert.Single(calendar.ForYear(2027));
        Assert.False(calendar.IsHoliday(new DateOnly(2027, 11, 23)));
        Assert.True(calendar.IsHoliday(new DateOnly(2026, 11, 23)));
        Assert.True(HolidayCalendar.Default.IsHoliday(new DateOnly(2027, 11, 23)));
    }

    [Fact]
    public void Constructor_RejectsDuplicateDates()
    {
        var day = new DateOnly(2030, 1, 1);

        Assert.Throws<ArgumentException>(() => new HolidayCalendar([new Holiday(day, "元日"), new Holiday(day, "元日")]));
    }
}
