using Anshin.Core.Calendar;
using Anshin.Core.Indicators;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>An indicator shared by recent cases: how many in the latest week against the weekly average of the three before.</summary>
public sealed record IndicatorTrend(IndicatorKind Kind, string Value, string Display, int LatestWeek, int EarlierWeeks, DateTime FirstSeen, DateTime LastSeen)
{
    public double Growth => LatestWeek - (EarlierWeeks / 3.0);

    public int Cases => LatestWeek + EarlierWeeks;
}

/// <summary>A case that names an indicator.</summary>
public sealed record IndicatorCase(long Id, string ReceiptNumber, DateTime ReceivedAt, CaseStatus Status, string Subject);

/// <summary>One of a case's indicators and the other cases that name it too.</summary>
public sealed record SharedIndicator(IndicatorKind Kind, string Value, string Display, IReadOnlyList<IndicatorCase> Others);

/// <summary>
/// The scam-wave early warning: indicators named by more than one case in the last four weeks, by growth of the latest
/// week over the three before; the cases behind one; and, for a case, the other cases sharing its indicators.
/// </summary>
public sealed class IndicatorBoard(AnshinDbContext db, TimeProvider clock)
{
    public const int Weeks = 4;
    public const int MaxRows = 100;
    public const int MaxCases = 200;

    public async Task<IReadOnlyList<IndicatorTrend>> TrendsAsync(IndicatorKind? kind, CancellationToken ct)
    {
        var today = BusinessCalendar.ToTokyoDate(clock.GetUtcNow());
        var weekStart = TimeZoneInfo.ConvertTimeToUtc(today.AddDays(-6).ToDateTime(TimeOnly.MinValue), BusinessCalendar.Tokyo);
        var since = TimeZoneInfo.ConvertTimeToUtc(today.AddDays(-7 * Weeks + 1).ToDateTime(TimeOnly.MinValue), BusinessCalendar.Tokyo);
        var recent = db.Set<CaseIndicator>().AsNoTracking().Where(i => i.ReceivedAt >= since);
        if (kind is { } k)
        {
            recent = recent.Where(i => i.Kind == k);
        }

        var groups = await recent.GroupBy(i => new { i.Kind, i.Value })
            .Select(g => new
            {
                g.Key.Kind,
                g.Key.Value,
                Display = g.Max(i => i.Display),
                Latest = g.Count(i => i.ReceivedAt >= weekStart),
                Total = g.Count(),
                First = g.Min(i => i.ReceivedAt),
                Last = g.Max(i => i.ReceivedAt),
            })
            .Where(g => g.Total >= 2)
            .ToListAsync(ct);
        return [.. groups.Select(g => new IndicatorTrend(g.Kind, g.Value, g.Display ?? g.Value, g.Latest, g.Total - g.Latest, g.First, g.Last))
            .OrderByDescending(t => t.Growth).ThenByDescending(t => t.Cases).Take(MaxRows)];
    }

    public async Task<(string? Display, IReadOnlyList<IndicatorCase> Cases)> CasesAsync(IndicatorKind kind, string value, CancellationToken ct)
    {
        var rows = await db.Set<CaseIndicator>().AsNoTracking().Where(i => i.Kind == kind && i.Value == value)
            .Join(db.Set<Consultation>(), i => i.ConsultationId, c => c.Id, (i, c) => new { i.Display, c.Id, c.ReceiptNumber, c.ReceivedAt, c.Status, c.Subject })
            .OrderByDescending(r => r.ReceivedAt).Take(MaxCases).ToListAsync(ct);
        return (rows.FirstOrDefault()?.Display, [.. rows.Select(r => new IndicatorCase(r.Id, r.ReceiptNumber, r.ReceivedAt, r.Status, r.Subject))]);
    }

    /// <summary>Each indicator of the case with up to ten other cases that name it, newest first.</summary>
    public async Task<IReadOnlyList<SharedIndicator>> SharedWithAsync(long consultationId, CancellationToken ct)
    {
        var own = await db.Set<CaseIndicator>().AsNoTracking().Where(i => i.ConsultationId == consultationId).ToListAsync(ct);
        var shared = new List<SharedIndicator>();
        foreach (var i in own.OrderBy(i => i.Kind))
        {
            var others = await db.Set<CaseIndicator>().AsNoTracking()
                .Where(o => o.Kind == i.Kind && o.Value == i.Value && o.ConsultationId != consultationId)
                .Join(db.Set<Consultation>(), o => o.ConsultationId, c => c.Id, (o, c) => new { c.Id, c.ReceiptNumber, c.ReceivedAt, c.Status, c.Subject })
                .OrderByDescending(c => c.ReceivedAt).Take(10).ToListAsync(ct);
            shared.Add(new SharedIndicator(i.Kind, i.Value, i.Display, [.. others.Select(c => new IndicatorCase(c.Id, c.ReceiptNumber, c.ReceivedAt, c.Status, c.Subject))]));
        }

        return shared;
    }
}
