namespace Anshin.Core.Calendar;

/// <summary>
/// Japanese national holidays computed from the Act on National Holidays (国民の祝日に関する法律), for years
/// the Cabinet Office has not published yet (after the built-in data, i.e. 2028 onwards).
/// </summary>
/// <remarks>
/// The rules follow the law as amended up to 2020 and are year-aware back to 2000 (みどりの日 moving to 5/4 in
/// 2007, 海の日 and 敬老の日 becoming Mondays in 2003, 山の日 from 2016, 天皇誕生日 moving in 2019/2020,
/// 体育の日 renamed スポーツの日 in 2020) so they can be checked against the official data. One-off special
/// laws (the 2019 enthronement, the 2020 and 2021 Olympic moves) are not modelled: the data covers them.
/// The equinox approximation is valid for 1980–2099, hence the supported range 2000–2099.
/// </remarks>
public static class HolidayRules
{
    /// <summary>The first year the rules model.</summary>
    public const int FirstSupportedYear = 2000;

    /// <summary>The last year the equinox approximation is valid for.</summary>
    public const int LastSupportedYear = 2099;

    /// <summary>The name the Cabinet Office gives substitute (振替休日) and citizens' (国民の休日) holidays.</summary>
    public const string DayOffName = "休日";

    /// <summary>All holidays of a year, including substitute and citizens' holidays, ordered by date.</summary>
    /// <param name="year">A year from <see cref="FirstSupportedYear"/> to <see cref="LastSupportedYear"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    public static IReadOnlyList<Holiday> ForYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstSupportedYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastSupportedYear);

        var nationalHolidays = NationalHolidays(year).ToDictionary(h => h.Date, h => h.Name);
        var all = new Dictionary<DateOnly, string>(nationalHolidays);
        AddSubstituteHolidays(nationalHolidays, all);
        AddCitizensHolidays(year, nationalHolidays, all);

        return [.. all.Select(pair => new Holiday(pair.Key, pair.Value)).OrderBy(h => h.Date)];
    }

    /// <summary>The day of March of the vernal equinox (春分の日) by the standard approximation.</summary>
    public static int VernalEquinoxDay(int year) => EquinoxDay(year, 20.8431);

    /// <summary>The day of September of the autumnal equinox (秋分の日) by the standard approximation.</summary>
    public static int AutumnalEquinoxDay(int year) => EquinoxDay(year, 23.2488);

    private static int EquinoxDay(int year, double baseDay)
    {
        var yearsSince1980 = year - 1980;
        return (int)Math.Floor(baseDay + (0.242194 * yearsSince1980) - Math.Floor(yearsSince1980 / 4.0));
    }

    private static IEnumerable<Holiday> NationalHolidays(int year)
    {
        yield return new(new DateOnly(year, 1, 1), "元日");
        yield return new(NthMonday(year, 1, 2), "成人の日");
        yield return new(new DateOnly(year, 2, 11), "建国記念の日");
        if (year >= 2020)
        {
            yield return new(new DateOnly(year, 2, 23), "天皇誕生日");
        }

        yield return new(new DateOnly(year, 3, VernalEquinoxDay(year)), "春分の日");
        yield return new(new DateOnly(year, 4, 29), year >= 2007 ? "昭和の日" : "みどりの日");
        yield return new(new DateOnly(year, 5, 3), "憲法記念日");
        if (year >= 2007)
        {
            yield return new(new DateOnly(year, 5, 4), "みどりの日");
        }

        yield return new(new DateOnly(year, 5, 5), "こどもの日");
        yield return new(year >= 2003 ? NthMonday(year, 7, 3) : new DateOnly(year, 7, 20), "海の日");
        if (year >= 2016)
        {
            yield return new(new DateOnly(year, 8, 11), "山の日");
        }

        yield return new(year >= 2003 ? NthMonday(year, 9, 3) : new DateOnly(year, 9, 15), "敬老の日");
        yield return new(new DateOnly(year, 9, AutumnalEquinoxDay(year)), "秋分の日");
        yield return new(NthMonday(year, 10, 2), year >= 2020 ? "スポーツの日" : "体育の日");
        yield return new(new DateOnly(year, 11, 3), "文化の日");
        yield return new(new DateOnly(year, 11, 23), "勤労感謝の日");
        if (year <= 2018)
        {
            yield return new(new DateOnly(year, 12, 23), "天皇誕生日");
        }
    }

    // Article 3(2): a holiday on a Sunday moves the day off to the nearest following day that is not itself
    // a national holiday (before 2007 only to the Monday, which in practice never differed).
    private static void AddSubstituteHolidays(Dictionary<DateOnly, string> nationalHolidays, Dictionary<DateOnly, string> all)
    {
        foreach (var date in nationalHolidays.Keys.Where(d => d.DayOfWeek == DayOfWeek.Sunday))
        {
            var substitute = date.AddDays(1);
            while (nationalHolidays.ContainsKey(substitute))
            {
                substitute = substitute.AddDays(1);
            }

            all.TryAdd(substitute, DayOffName);
        }
    }

    // Article 3(3): a day between two national holidays is a day off. Until 2007 the law excluded Sundays,
    // which mattered for 5/4 falling on a Sunday.
    private static void AddCitizensHolidays(int year, Dictionary<DateOnly, string> nationalHolidays, Dictionary<DateOnly, string> all)
    {
        foreach (var date in nationalHolidays.Keys)
        {
            var between = date.AddDays(1);
            var sundayExcluded = year < 2007 && between.DayOfWeek == DayOfWeek.Sunday;
            if (!nationalHolidays.ContainsKey(between)
                && nationalHolidays.ContainsKey(between.AddDays(1))
                && !sundayExcluded)
            {
                all.TryAdd(between, DayOffName);
            }
        }
    }

    private static DateOnly NthMonday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }
}
