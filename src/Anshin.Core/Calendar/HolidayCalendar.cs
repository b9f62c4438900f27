using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Globalization;

namespace Anshin.Core.Calendar;

/// <summary>
/// Answers "is this a holiday?" from published holiday data, falling back to <see cref="HolidayRules"/> for
/// years after the data. Immutable and safe to share between threads.
/// </summary>
public sealed class HolidayCalendar
{
    private static readonly Lazy<HolidayCalendar> DefaultCalendar = new(() => new HolidayCalendar(HolidayCsv.LoadBuiltIn()));

    private readonly Dictionary<int, List<Holiday>> dataByYear;
    private readonly ConcurrentDictionary<int, YearHolidays> cache = new();

    /// <summary>Creates a calendar from published holidays; each year present in the list is taken as complete.</summary>
    /// <param name="holidays">Holidays from the Cabinet Office data or an equivalent list.</param>
    /// <exception cref="ArgumentException">The list has the same date twice.</exception>
    public HolidayCalendar(IEnumerable<Holiday> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        var list = holidays.ToList();
        var duplicate = list.GroupBy(h => h.Date).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var date = duplicate.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            throw new ArgumentException($"The holiday list has {date} more than once.", nameof(holidays));
        }

        dataByYear = list.GroupBy(h => h.Date.Year).ToDictionary(g => g.Key, g => g.OrderBy(h => h.Date).ToList());
        FirstDataYear = dataByYear.Count == 0 ? null : dataByYear.Keys.Min();
        LastDataYear = dataByYear.Count == 0 ? 0 : dataByYear.Keys.Max();
    }

    /// <summary>The calendar built from the data shipped with this library.</summary>
    public static HolidayCalendar Default => DefaultCalendar.Value;

    /// <summary>The last year that comes from data rather than rules; 0 when there is no data.</summary>
    public int LastDataYear { get; }

    private int? FirstDataYear { get; }

    /// <summary>
    /// A new calendar in which the imported holidays replace the existing data for every year they cover, so a
    /// newer official file imported later wins for its years; other years are unchanged.
    /// </summary>
    /// <param name="imported">Holidays from an imported file.</param>
    public HolidayCalendar WithOverrides(IEnumerable<Holiday> imported)
    {
        ArgumentNullException.ThrowIfNull(imported);
        var importedList = imported.ToList();
        var replacedYears = importedList.Select(h => h.Date.Year).ToHashSet();
        var kept = dataByYear.Where(pair => !replacedYears.Contains(pair.Key)).SelectMany(pair => pair.Value);
        return new HolidayCalendar(kept.Concat(importedList));
    }

    /// <summary>Whether the date is a national holiday or a day off derived from them (休日).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is past both the data and the rules' range.</exception>
    public bool IsHoliday(DateOnly date) => HolidayName(date) is not null;

    /// <summary>The holiday's name, or null when the date is not a holiday.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is past both the data and the rules' range.</exception>
    public string? HolidayName(DateOnly date) =>
        Year(date.Year).ByDate.TryGetValue(date, out var name) ? name : null;

    /// <summary>
    /// The holidays of a year, ordered by date: from data when the data has the year, from
    /// <see cref="HolidayRules"/> for later years, and none for years before the data begins.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The year is after the data and beyond <see cref="HolidayRules.LastSupportedYear"/>.
    /// </exception>
    public IReadOnlyList<Holiday> ForYear(int year) => Year(year).Holidays;

    private YearHolidays Year(int year) => cache.GetOrAdd(year, Load);

    private YearHolidays Load(int year)
    {
        if (dataByYear.TryGetValue(year, out var data))
        {
            return new YearHolidays(data);
        }

        // Years before the data are not guessed at: the rules only model the law since 2000.
        if (year < FirstDataYear || year < HolidayRules.FirstSupportedYear)
        {
            return new YearHolidays([]);
        }

        return new YearHolidays(HolidayRules.ForYear(year));
    }

    private sealed class YearHolidays(IReadOnlyList<Holiday> holidays)
    {
        public ReadOnlyCollection<Holiday> Holidays { get; } = new(holidays.ToList());

        public Dictionary<DateOnly, string> ByDate { get; } = holidays.ToDictionary(h => h.Date, h => h.Name);
    }
}
