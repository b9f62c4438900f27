using System.Globalization;
using Anshin.Core.Calendar;
using Anshin.Core.Statistics;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>A published figure: the count, or null when it is below the suppression threshold and shown as <see cref="Display"/>.</summary>
public sealed record PublicFigure(int? Count, string Display)
{
    public bool Suppressed => Count is null;
}

/// <summary>One year of the public yearly totals; <see cref="Imported"/> when it comes from historical figures, <see cref="Partial"/> for the current year.</summary>
public sealed record PublicYear(int Year, PublicFigure Figure, bool Imported, bool Partial, string Source);

/// <summary>One 手口 (top level) in a quarter.</summary>
public sealed record PublicMethodCount(string Code, string NameJa, string NameEn, PublicFigure Figure);

/// <summary>The counts of a quarter by 手口.</summary>
public sealed record PublicQuarter(int Year, int Quarter, PublicFigure Total, IReadOnlyList<PublicMethodCount> Methods, bool Imported, bool Partial);

/// <summary>
/// The figures anyone may see: consultations per calendar year (imported history where there is some, live counts
/// after) and per quarter by top-level 手口. A count from 1 to <see cref="StatisticsOptions.SuppressBelow"/> − 1 is
/// shown as "&lt;N", so that nobody is recognisable from a rare case. Read from the daily counts only.
/// </summary>
public sealed class PublicStatistics(StatisticsReader reader, AnshinDbContext db, IOptions<StatisticsOptions> options, TimeProvider clock)
{
    public const string Uncategorised = "uncategorised";

    public PublicFigure Figure(int count)
    {
        var below = options.Value.SuppressBelow;
        return count > 0 && count < below
            ? new PublicFigure(null, string.Create(CultureInfo.InvariantCulture, $"<{below}"))
            : new PublicFigure(count, count.ToString("N0", CultureInfo.InvariantCulture));
    }

    public async Task<IReadOnlyList<PublicYear>> YearlyAsync(CancellationToken ct)
    {
        var today = BusinessCalendar.ToTokyoDate(clock.GetUtcNow());
        var history = await db.Set<HistoricalCount>().AsNoTracking().Where(h => h.Quarter == 0 && h.MethodCode == "").ToListAsync(ct);
        var firstLive = await reader.FirstDayAsync(ct);
        var years = history.Select(h => h.Year).Concat(firstLive is { } f ? Enumerable.Range(f.Year, today.Year - f.Year + 1) : []).Distinct().Order();
        var result = new List<PublicYear>();
        foreach (var year in years)
        {
            if (history.FirstOrDefault(h => h.Year == year) is { } imported)
            {
                result.Add(new PublicYear(year, Figure(imported.Count), true, false, imported.Source));
            }
            else
            {
                result.Add(new PublicYear(year, Figure(await reader.TotalAsync(ReportingPeriod.Year(year), ct)), false, year == today.Year, ""));
            }
        }

        return result;
    }

    /// <summary>The four quarters of <paramref name="year"/> up to the current one.</summary>
    public async Task<IReadOnlyList<PublicQuarter>> QuarterlyAsync(int year, CancellationToken ct)
    {
        var today = BusinessCalendar.ToTokyoDate(clock.GetUtcNow());
        var methods = await db.Set<Method>().AsNoTracking().ToListAsync(ct);
        var byId = methods.ToDictionary(m => m.Id);
        var top = methods.Where(m => m.ParentId is null).OrderBy(m => m.SortOrder).ThenBy(m => m.Id).ToList();
        var history = await db.Set<HistoricalCount>().AsNoTracking().Where(h => h.Year == year && h.Quarter > 0).ToListAsync(ct);
        var quarters = new List<PublicQuarter>();
        for (var q = 1; q <= 4; q++)
        {
            var period = ReportingPeriod.Quarter(year, q);
            if (period.From > today)
            {
                break;
            }

            var imported = history.Where(h => h.Quarter == q).ToList();
            Dictionary<string, int> counts;
            if (imported.Count > 0)
            {
                counts = imported.Where(h => h.MethodCode.Length > 0).GroupBy(h => MethodRollup.TopCode(methods.FirstOrDefault(m => m.Code == h.MethodCode), byId))
                    .ToDictionary(g => g.Key, g => g.Sum(h => h.Count), StringComparer.Ordinal);
                var total = imported.FirstOrDefault(h => h.MethodCode.Length == 0)?.Count ?? counts.Values.Sum();
                quarters.Add(Quarter(year, q, total, counts, top, imported: true, partial: false));
            }
            else
            {
                var live = await reader.CountsAsync(StatisticsDimension.Method, period, ct);
                counts = live.GroupBy(p => MethodRollup.TopCode(int.TryParse(p.Key, CultureInfo.InvariantCulture, out var id) ? byId.GetValueOrDefault(id) : null, byId))
                    .ToDictionary(g => g.Key, g => g.Sum(p => p.Value), StringComparer.Ordinal);
                quarters.Add(Quarter(year, q, counts.Values.Sum(), counts, top, imported: false, partial: period.To >= today));
            }
        }

        return quarters;
    }

    private PublicQuarter Quarter(int year, int q, int total, Dictionary<string, int> counts, List<Method> top, bool imported, bool partial) =>
        new(year, q, Figure(total),
            [.. top.Select(m => new PublicMethodCount(m.Code, m.NameJa, m.NameEn, Figure(counts.GetValueOrDefault(m.Code))))
                .Append(new PublicMethodCount(Uncategorised, "その他・未分類", "Other / not categorised", Figure(counts.GetValueOrDefault(Uncategorised))))],
            imported, partial);
}
