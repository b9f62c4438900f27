using System.Globalization;

namespace Anshin.Tests.Calendar;

/// <summary>Short ways to write the dates and Japan-time instants the calendar tests talk about.</summary>
internal static class Dates
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public static DateOnly Day(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset Jst(string isoDate, int hour, int minute = 0) =>
        new(Day(isoDate).ToDateTime(new TimeOnly(hour, minute)), JapanOffset);
}
