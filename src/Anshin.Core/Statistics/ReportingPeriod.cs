using System.Globalization;

namespace Anshin.Core.Statistics;

/// <summary>How a statistics period is cut.</summary>
public enum PeriodKind
{
    Year,
    FiscalYear,
    Quarter,
    Month,
    Week,
    Custom,
}

/// <summary>
/// A period of Japan dates, both ends included: a calendar year, a fiscal year (April–March, named by the year it
/// starts in), a calendar quarter, a month, a week (Monday to Sunday) or a custom range.
/// </summary>
public sealed record ReportingPeriod(PeriodKind Kind, DateOnly From, DateOnly To)
{
    /// <summary>The longest custom range a dashboard takes (ten years and a bit).</summary>
    public const int MaxCustomDays = 3700;

    public static ReportingPeriod Year(int year) => new(PeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static ReportingPeriod FiscalYear(int year) => new(PeriodKind.FiscalYear, new DateOnly(year, 4, 1), new DateOnly(year + 1, 3, 31));

    public static ReportingPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var from = new DateOnly(year, (3 * (quarter - 1)) + 1, 1);
        return new(PeriodKind.Quarter, from, from.AddMonths(3).AddDays(-1));
    }

    public static ReportingPeriod Month(int year, int month)
    {
        var from = new DateOnly(year, month, 1);
        return new(PeriodKind.Month, from, from.AddMonths(1).AddDays(-1));
    }

    /// <summary>The Monday-to-Sunday week holding <paramref name="day"/>.</summary>
    public static ReportingPeriod WeekOf(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new(PeriodKind.Week, monday, monday.AddDays(6));
    }

    /// <summary>A custom range; null when it is backwards or longer than <see cref="MaxCustomDays"/>.</summary>
    public static ReportingPeriod? Custom(DateOnly from, DateOnly to) =>
        to < from || to.DayNumber - from.DayNumber > MaxCustomDays ? null : new(PeriodKind.Custom, from, to);

    public static ReportingPeriod QuarterOf(DateOnly day) => Quarter(day.Year, ((day.Month - 1) / 3) + 1);

    public static ReportingPeriod FiscalYearOf(DateOnly day) => FiscalYear(day.Month >= 4 ? day.Year : day.Year - 1);

    /// <summary>The quarter number (1–4) of a quarter period.</summary>
    public int QuarterNumber => ((From.Month - 1) / 3) + 1;

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period just before this one, of the same kind and length.</summary>
    public ReportingPeriod Previous() => Kind switch
    {
        PeriodKind.Year => Year(From.Year - 1),
        PeriodKind.FiscalYear => FiscalYear(From.Year - 1),
        PeriodKind.Quarter => QuarterOf(From.AddMonths(-3)),
        PeriodKind.Month => Month(From.AddMonths(-1).Year, From.AddMonths(-1).Month),
        PeriodKind.Week => WeekOf(From.AddDays(-7)),
        _ => new(PeriodKind.Custom, From.AddDays(-Days), From.AddDays(-1)),
    };

    /// <summary>The same period a year earlier (for a week: the week holding the day 52 weeks before).</summary>
    public ReportingPeriod YearEarlier() => Kind switch
    {
        PeriodKind.Year => Year(From.Year - 1),
        PeriodKind.FiscalYear => FiscalYear(From.Year - 1),
        PeriodKind.Quarter => Quarter(From.Year - 1, QuarterNumber),
        PeriodKind.Month => Month(From.Year - 1, From.Month),
        PeriodKind.Week => WeekOf(From.AddDays(-364)),
        _ => new(PeriodKind.Custom, From.AddYears(-1), To.AddYears(-1)),
    };

    /// <summary>The period's name as people write it: 2025年, 2025年度, 2025年 第3四半期, 2025年7月, 2025/07/07〜07/13.</summary>
    public string Label(bool japanese)
    {
        var c = CultureInfo.InvariantCulture;
        return (Kind, japanese) switch
        {
            (PeriodKind.Year, true) => string.Create(c, $"{From.Year}年"),
            (PeriodKind.Year, false) => string.Create(c, $"{From.Year}"),
            (PeriodKind.FiscalYear, true) => string.Create(c, $"{From.Year}年度"),
            (PeriodKind.FiscalYear, false) => string.Create(c, $"FY{From.Year}"),
            (PeriodKind.Quarter, true) => string.Create(c, $"{From.Year}年 第{QuarterNumber}四半期"),
            (PeriodKind.Quarter, false) => string.Create(c, $"{From.Year} Q{QuarterNumber}"),
            (PeriodKind.Month, true) => string.Create(c, $"{From.Year}年{From.Month}月"),
            (PeriodKind.Month, false) => From.ToString("MMMM yyyy", c),
            (PeriodKind.Week, true) => string.Create(c, $"{From:yyyy/MM/dd}〜{To:MM/dd} の週"),
            (PeriodKind.Week, false) => string.Create(c, $"Week of {From:yyyy-MM-dd}"),
            _ => string.Create(c, $"{From:yyyy-MM-dd} – {To:yyyy-MM-dd}"),
        };
    }

    /// <summary>A short name for a query string: 2025, fy2025, 2025q3, 2025-07, w2025-07-07, 2025-01-01..2025-03-31.</summary>
    public string Key
    {
        get
        {
            var c = CultureInfo.InvariantCulture;
            return Kind switch
            {
                PeriodKind.Year => From.Year.ToString(c),
                PeriodKind.FiscalYear => string.Create(c, $"fy{From.Year}"),
                PeriodKind.Quarter => string.Create(c, $"{From.Year}q{QuarterNumber}"),
                PeriodKind.Month => From.ToString("yyyy-MM", c),
                PeriodKind.Week => string.Create(c, $"w{From:yyyy-MM-dd}"),
                _ => string.Create(c, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}"),
            };
        }
    }

    /// <summary>Reads a <see cref="Key"/> back; null for anything else (a week key may name any day of its week).</summary>
    public static ReportingPeriod? Parse(string? key)
    {
        var k = (key ?? "").Trim().ToLowerInvariant();
        var c = CultureInfo.InvariantCulture;
        if (k.Length == 4 && int.TryParse(k, NumberStyles.None, c, out var year) && year >= 1900)
        {
            return Year(year);
        }

        if (k.Length == 6 && k.StartsWith("fy", StringComparison.Ordinal) && int.TryParse(k[2..], NumberStyles.None, c, out year) && year >= 1900)
        {
            return FiscalYear(year);
        }

        if (k.Length == 6 && k[4] == 'q' && int.TryParse(k[..4], NumberStyles.None, c, out year) && year >= 1900
            && k[5] is >= '1' and <= '4')
        {
            return Quarter(year, k[5] - '0');
        }

        if (k.Length == 7 && DateOnly.TryParseExact(k + "-01", "yyyy-MM-dd", c, DateTimeStyles.None, out var month))
        {
            return Month(month.Year, month.Month);
        }

        if (k.Length == 11 && k[0] == 'w' && DateOnly.TryParseExact(k[1..], "yyyy-MM-dd", c, DateTimeStyles.None, out var day))
        {
            return WeekOf(day);
        }

        var dots = k.IndexOf("..", StringComparison.Ordinal);
        if (dots > 0
            && DateOnly.TryParseExact(k[..dots], "yyyy-MM-dd", c, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(k[(dots + 2)..], "yyyy-MM-dd", c, DateTimeStyles.None, out var to))
        {
            return Custom(from, to);
        }

        return null;
    }
}
