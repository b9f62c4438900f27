using Anshin.Core.Statistics;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>One day's count of one key.</summary>
public sealed record DayCount(DateOnly Day, string Key, int Count);

/// <summary>
/// Reads the counts: the folded <see cref="DailyCount"/>s plus the <see cref="CountDelta"/>s not yet folded, in one
/// statement, so a change counts the moment its case is saved. Never reads the consultations.
/// </summary>
public sealed class StatisticsReader(AnshinDbContext db)
{
    /// <summary>Consultations per key of <paramref name="dimension"/> received in the period (keys with 0 left out).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(StatisticsDimension dimension, ReportingPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var rows = await Cells(dimension, period.From, period.To)
            .GroupBy(c => c.Key)
            .Select(g => new { g.Key, Count = g.Sum(c => c.Count) })
            .ToListAsync(ct);
        return rows.Where(r => r.Count != 0).ToDictionary(r => r.Key, r => r.Count, StringComparer.Ordinal);
    }

    /// <summary>The total of the period.</summary>
    public async Task<int> TotalAsync(ReportingPeriod period, CancellationToken ct) =>
        (await CountsAsync(StatisticsDimension.Total, period, ct)).GetValueOrDefault("");

    /// <summary>Per day and key, for series (days and keys with 0 left out).</summary>
    public async Task<IReadOnlyList<DayCount>> DailyAsync(StatisticsDimension dimension, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await Cells(dimension, from, to)
            .GroupBy(c => new { c.Day, c.Key })
            .Select(g => new { g.Key.Day, g.Key.Key, Count = g.Sum(c => c.Count) })
            .ToListAsync(ct);
        return [.. rows.Where(r => r.Count != 0).Select(r => new DayCount(r.Day, r.Key, r.Count)).OrderBy(r => r.Day)];
    }

    /// <summary>The first day anything was counted, or null when nothing has been.</summary>
    public async Task<DateOnly?> FirstDayAsync(CancellationToken ct) =>
        await Cells(StatisticsDimension.Total, DateOnly.MinValue, DateOnly.MaxValue).Where(c => c.Count > 0)
            .OrderBy(c => c.Day).Select(c => (DateOnly?)c.Day).FirstOrDefaultAsync(ct);

    private IQueryable<Cell> Cells(StatisticsDimension dimension, DateOnly from, DateOnly to) =>
        db.Set<DailyCount>().Where(c => c.Dimension == dimension && c.Day >= from && c.Day <= to)
            .Select(c => new Cell { Day = c.Day, Key = c.Key, Count = c.Count })
            .Concat(db.Set<CountDelta>().Where(d => d.Dimension == dimension && d.Day >= from && d.Day <= to)
                .Select(d => new Cell { Day = d.Day, Key = d.Key, Count = d.Change }));

    private sealed class Cell
    {
        public DateOnly Day { get; init; }

        public string Key { get; init; } = "";

        public int Count { get; init; }
    }
}
