using Anshin.Core.Calendar;

namespace Anshin.Tests.Calendar;

/// <summary>
/// The one-off days set by special laws, which the rules cannot know: the data must carry them and win.
/// </summary>
public class SpecialLawHolidayTests
{
    [Theory]
    [InlineData("2019-04-30", "休日")]
    [InlineData("2019-05-01", "休日（祝日扱い）")]
    [InlineData("2019-05-02", "休日")]
    [InlineData("2019-10-14", "体育の日（スポーツの日）")]
    [InlineData("2019-10-22", "休日（祝日扱い）")]
    [InlineData("2020-07-23", "海の日")]
    [InlineData("2020-07-24", "スポーツの日")]
    [InlineData("2020-08-10", "山の日")]
    [InlineData("2021-07-22", "海の日")]
    [InlineData("2021-07-23", "スポーツの日")]
    [InlineData("2021-08-08", "山の日")]
    [InlineData("2021-08-09", "休日")]
    public void Data_HasSpecialLawDay(string date, string name)
    {
        Assert.Equal(name, HolidayCalendar.Default.HolidayName(Dates.Day(date)));
    }

    [Theory]
    [InlineData("2020-07-20")]
    [InlineData("2020-08-11")]
    [InlineData("2020-10-12")]
    [InlineData("2021-07-19")]
    [InlineData("2021-08-11")]
    [InlineData("2021-10-11")]
    [InlineData("2019-12-23")]
    public void Data_HasNoHoliday_WhereSpecialLawMovedIt(string date)
    {
        Assert.False(HolidayCalendar.Default.IsHoliday(Dates.Day(date)));
    }
}
