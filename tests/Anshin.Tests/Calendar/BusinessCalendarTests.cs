using System.Globalization;
using Anshin.Core.Calendar;
using static Anshin.Tests.Calendar.Dates;

namespace Anshin.Tests.Calendar;

public class BusinessCalendarTests
{
    private readonly BusinessCalendar calendar = new(HolidayCalendar.Default);

    [Fact]
    public void YearEndClosure_ClosesTwentyNinthDecemberToThirdJanuary()
    {
        for (var day = Day("2026-12-29"); day <= Day("2027-01-03"); day = day.AddDays(1))
        {
            Assert.False(calendar.IsBusinessDay(day), day.ToString("O", CultureInfo.InvariantCulture));
        }

        Assert.True(calendar.IsBusinessDay(Day("2026-12-28")));
        Assert.True(calendar.IsBusinessDay(Day("2027-01-04")));
    }

    [Fact]
    public void WhyClosed_PrefersHolidayThenYearEndThenWeekend()
    {
        Assert.Equal(new ClosureReason(ClosureKind.NationalHoliday, "元日"), calendar.WhyClosed(Day("2027-01-01")));
        Assert.Equal(new ClosureReason(ClosureKind.YearEndClosure), calendar.WhyClosed(Day("2026-12-30")));
        Assert.Equal(new ClosureReason(ClosureKind.YearEndClosure), calendar.WhyClosed(Day("2027-01-02")));
        Assert.Equal(new ClosureReason(ClosureKind.Weekend), calendar.WhyClosed(Day("2026-06-06")));
        Assert.Equal(new ClosureReason(ClosureKind.NationalHoliday, "休日"), calendar.WhyClosed(Day("2026-05-06")));
        Assert.Null(calendar.WhyClosed(Day("2026-06-05")));
    }

    [Theory]
    [InlineData("2026-06-05", 18, 30, "2026-06-12")] // Friday evening
    [InlineData("2026-06-06", 10, 0, "2026-06-12")] // Saturday: counting starts on Monday
    [InlineData("2026-06-08", 0, 5, "2026-06-15")] // Monday just after midnight
    [InlineData("2026-06-08", 23, 59, "2026-06-15")] // Monday just before midnight
    [InlineData("2026-05-01", 12, 0, "2026-05-13")] // before Golden Week, 5/2–5/6 closed
    [InlineData("2026-05-04", 12, 0, "2026-05-13")] // during Golden Week
    [InlineData("2026-12-25", 17, 0, "2027-01-07")] // before the year-end closure
    [InlineData("2026-12-31", 9, 0, "2027-01-08")] // during the year-end closure
    public void DueDate_IsFifthBusinessDayAfterReceipt(string received, int hour, int minute, string due)
    {
        Assert.Equal(Day(due), calendar.DueDate(Jst(received, hour, minute)));
    }

    [Fact]
    public void DueDate_ReadsUtcInstantInTokyo()
    {
        // Sunday 15:30 UTC is already Monday 00:30 in Tokyo.
        var received = new DateTimeOffset(2026, 6, 7, 15, 30, 0, TimeSpan.Zero);

        Assert.Equal(Day("2026-06-08"), BusinessCalendar.ToTokyoDate(received));
        Assert.Equal(Day("2026-06-15"), calendar.DueDate(received));
    }

    [Fact]
    public void DueDate_UsesGivenNumberOfBusinessDays()
    {
        Assert.Equal(Day("2026-06-08"), calendar.DueDate(Jst("2026-06-05", 12), businessDays: 1));
        Assert.Equal(Day("2026-06-08"), calendar.DueDate(Jst("2026-06-06", 12), businessDays: 0));
    }

    [Fact]
    public void AddBusinessDays_WithZero_StaysOnBusinessDayOrMovesToNext()
    {
        Assert.Equal(Day("2026-06-05"), calendar.AddBusinessDays(Day("2026-06-05"), 0));
        Assert.Equal(Day("2026-06-08"), calendar.AddBusinessDays(Day("2026-06-06"), 0));
    }

    [Fact]
    public void AddBusinessDays_RejectsNegativeCount()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddBusinessDays(Day("2026-06-05"), -1));
    }

    [Fact]
    public void NextBusinessDay_SkipsYearEndAndWeekend()
    {
        Assert.Equal(Day("2027-01-04"), calendar.NextBusinessDay(Day("2026-12-28")));
        Assert.Equal(Day("2026-06-08"), calendar.NextBusinessDay(Day("2026-06-05")));
    }

    [Fact]
    public void BusinessDaysBetween_CountsDaysAfterReceiptUpToReply()
    {
        Assert.Equal(1, calendar.BusinessDaysBetween(Jst("2026-06-05", 10), Jst("2026-06-08", 9)));
        Assert.Equal(0, calendar.BusinessDaysBetween(Jst("2026-06-05", 10), Jst("2026-06-05", 17)));
        Assert.Equal(3, calendar.BusinessDaysBetween(Jst("2026-04-28", 10), Jst("2026-05-07", 10)));
        Assert.Equal(5, calendar.BusinessDaysBetween(Jst("2026-06-06", 10), Jst("2026-06-12", 18)));
    }

    [Fact]
    public void BusinessDaysBetween_IsZeroWhenReplyIsNotAfterReceipt()
    {
        Assert.Equal(0, calendar.BusinessDaysBetween(Jst("2026-06-12", 10), Jst("2026-06-05", 10)));
        Assert.Equal(0, calendar.BusinessDaysBetween(Jst("2026-06-12", 10), Jst("2026-06-12", 10)));
    }

    [Fact]
    public void BusinessDaysBetween_TakesDatesInTokyo()
    {
        // 2026-06-07 16:00 UTC is Monday 01:00 in Tokyo, the first business day after Friday.
        var reply = new DateTimeOffset(2026, 6, 7, 16, 0, 0, TimeSpan.Zero);

        Assert.Equal(1, calendar.BusinessDaysBetween(Jst("2026-06-05", 10), reply));
    }

    [Fact]
    public void ExtraClosedDays_AreNotBusinessDays()
    {
        var withMaintenance = new BusinessCalendar(HolidayCalendar.Default, [Day("2026-06-10")]);

        Assert.False(withMaintenance.IsBusinessDay(Day("2026-06-10")));
        Assert.Equal(new ClosureReason(ClosureKind.DeskClosedDay), withMaintenance.WhyClosed(Day("2026-06-10")));
        Assert.Equal(Day("2026-06-15"), withMaintenance.DueDate(Jst("2026-06-05", 18)));
        Assert.Equal(3, withMaintenance.BusinessDaysBetween(Jst("2026-06-05", 10), Jst("2026-06-11", 10)));
    }

    [Fact]
    public void ClosedDays_ListsNonWeekendClosuresByDefault()
    {
        var closed = calendar.ClosedDays(Day("2026-12-26"), Day("2027-01-12")).ToList();

        Assert.Equal(
            ["2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03", "2027-01-11"],
            closed.Select(c => c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.Equal(new ClosureReason(ClosureKind.NationalHoliday, "成人の日"), closed[^1].Reason);
    }

    [Fact]
    public void ClosedDays_CanIncludeWeekends()
    {
        var closed = calendar.ClosedDays(Day("2026-06-01"), Day("2026-06-14"), includeWeekends: true).ToList();

        Assert.Equal([Day("2026-06-06"), Day("2026-06-07"), Day("2026-06-13"), Day("2026-06-14")], closed.Select(c => c.Date));
        Assert.All(closed, c => Assert.Equal(ClosureKind.Weekend, c.Reason.Kind));
    }

    [Fact]
    public void Tokyo_IsNineHoursAheadOfUtc()
    {
        Assert.Equal(TimeSpan.FromHours(9), BusinessCalendar.Tokyo.GetUtcOffset(DateTimeOffset.UtcNow));
    }
}
