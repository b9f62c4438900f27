namespace Anshin.Core.Calendar;

/// <summary>
/// The consultation desk's business days: weekdays that are neither national holidays, nor in the year-end
/// closure (29 December – 3 January), nor days the desk has declared closed. Instants are read in Japan time.
/// </summary>
public sealed class BusinessCalendar
{
    // A desk closed for this long has a configuration error; stop rather than loop until DateOnly.MaxValue.
    private const int MaxClosedRun = 366;

    private readonly HolidayCalendar holidays;
    private readonly HashSet<DateOnly> extraClosedDays;

    /// <summary>Creates the calendar.</summary>
    /// <param name="holidays">The national holidays to observe.</param>
    /// <param name="extraClosedDays">Further days the desk is closed.</param>
    public BusinessCalendar(HolidayCalendar holidays, IEnumerable<DateOnly>? extraClosedDays = null)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        this.holidays = holidays;
        this.extraClosedDays = extraClosedDays is null ? [] : [.. extraClosedDays];
    }

    /// <summary>Japan Standard Time (Asia/Tokyo), in which every business rule is evaluated.</summary>
    /// <summary>The national holidays this calendar is built on.</summary>
    public HolidayCalendar Holidays => holidays;

    public static TimeZoneInfo Tokyo { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    /// <summary>The calendar date in Tokyo at the given instant.</summary>
    public static DateOnly ToTokyoDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Tokyo).DateTime);

    /// <summary>Whether the desk is open on the date.</summary>
    public bool IsBusinessDay(DateOnly date) => WhyClosed(date) is null;

    /// <summary>
    /// Why the desk is closed on the date, or null when it is a business day. When several reasons apply the
    /// most specific wins: a national holiday, then the year-end closure, then a declared closure, then the weekend.
    /// </summary>
    public ClosureReason? WhyClosed(DateOnly date)
    {
        if (holidays.HolidayName(date) is { } name)
        {
            return new ClosureReason(ClosureKind.NationalHoliday, name);
        }

        if (IsYearEndClosure(date))
        {
            return new ClosureReason(ClosureKind.YearEndClosure);
        }

        if (extraClosedDays.Contains(date))
        {
            return new ClosureReason(ClosureKind.DeskClosedDay);
        }

        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? new ClosureReason(ClosureKind.Weekend) : null;
    }

    /// <summary>
    /// The <paramref name="n"/>-th business day strictly after <paramref name="date"/>; for n = 0, the date itself
    /// when it is a business day, otherwise the next business day.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative.</exception>
    public DateOnly AddBusinessDays(DateOnly date, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (n == 0)
        {
            return IsBusinessDay(date) ? date : NextBusinessDay(date);
        }

        var result = date;
        for (var i = 0; i < n; i++)
        {
            result = NextBusinessDay(result);
        }

        return result;
    }

    /// <summary>The first business day strictly after the date.</summary>
    public DateOnly NextBusinessDay(DateOnly date)
    {
        var candidate = date.AddDays(1);
        for (var run = 0; !IsBusinessDay(candidate); run++)
        {
            if (run >= MaxClosedRun)
            {
                throw new InvalidOperationException("No business day within a year; check the declared closed days.");
            }

            candidate = candidate.AddDays(1);
        }

        return candidate;
    }

    /// <summary>
    /// The number of business days d with from-date &lt; d ≤ to-date, dates taken in Tokyo; 0 when
    /// <paramref name="to"/> is not after <paramref name="from"/>. A reply on the business day after
    /// receipt therefore took 1 business day.
    /// </summary>
    public int BusinessDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return 0;
        }

        var count = 0;
        var last = ToTokyoDate(to);
        for (var day = ToTokyoDate(from).AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (IsBusinessDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The date a reply is due. Receipt on any day, business day or not, counts from the next business day:
    /// the due date is the <paramref name="businessDays"/>-th business day after the receipt date in Tokyo.
    /// With the default of 5 and no holidays, a consultation received on Saturday is due on Friday, and one
    /// received on Monday (at any hour) is due the following Monday.
    /// </summary>
    /// <param name="receivedAt">When the consultation arrived; converted to Tokyo time.</param>
    /// <param name="businessDays">The service level in business days.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="businessDays"/> is negative.</exception>
    public DateOnly DueDate(DateTimeOffset receivedAt, int businessDays = 5) =>
        AddBusinessDays(ToTokyoDate(receivedAt), businessDays);

    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/> inclusive on which the desk is closed.</summary>
    /// <param name="from">The first date to consider.</param>
    /// <param name="to">The last date to consider.</param>
    /// <param name="includeWeekends">Whether to list days closed only because they are Saturday or Sunday.</param>
    public IEnumerable<(DateOnly Date, ClosureReason Reason)> ClosedDays(DateOnly from, DateOnly to, bool includeWeekends = false)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (WhyClosed(day) is { } reason && (includeWeekends || reason.Kind != ClosureKind.Weekend))
            {
                yield return (day, reason);
            }

            if (day == DateOnly.MaxValue)
            {
                yield break;
            }
        }
    }

    private static bool IsYearEndClosure(DateOnly date) =>
        (date.Month == 12 && date.Day >= 29) || (date.Month == 1 && date.Day <= 3);
}
