using System.Globalization;
using Anshin.Core.Statistics;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>Why a report action was refused (a localisation key), or null when it went through.</summary>
public sealed record ReportResult(bool Succeeded, string? ErrorKey = null)
{
    public static readonly ReportResult Ok = new(true);

    public static ReportResult Refused(string key) => new(false, key);
}

/// <summary>
/// The quarterly report's life: a draft made from the counts of a finished quarter, commentary saved by analysts (each
/// save checked against the version it was made from), figures drawn again while a draft, publication by a supervisor
/// with its PDFs, withdrawal.
/// </summary>
public sealed class QuarterlyReports(AnshinDbContext db, StatisticsReader reader, TimeProvider clock)
{
    public const int MaxCommentary = 50_000;

    public Task<List<QuarterlyReport>> AllAsync(CancellationToken ct) =>
        db.Set<QuarterlyReport>().AsNoTracking().OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter).ToListAsync(ct);

    public Task<List<QuarterlyReport>> PublishedAsync(CancellationToken ct) =>
        db.Set<QuarterlyReport>().AsNoTracking().Where(r => r.State == ReportState.Published)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter).ToListAsync(ct);

    public Task<QuarterlyReport?> FindAsync(int id, CancellationToken ct) => db.Set<QuarterlyReport>().SingleOrDefaultAsync(r => r.Id == id, ct);

    public Task<QuarterlyReport?> PublishedAsync(int year, int quarter, CancellationToken ct) =>
        db.Set<QuarterlyReport>().AsNoTracking().SingleOrDefaultAsync(r => r.Year == year && r.Quarter == quarter && r.State == ReportState.Published, ct);

    /// <summary>Makes the draft of a quarter that has ended; the existing report when there is one.</summary>
    public async Task<(QuarterlyReport? Report, ReportResult Result)> CreateDraftAsync(int year, int quarter, string by, CancellationToken ct)
    {
        var period = ReportingPeriod.Quarter(year, quarter);
        var today = Core.Calendar.BusinessCalendar.ToTokyoDate(clock.GetUtcNow());
        if (period.To >= today)
        {
            return (null, ReportResult.Refused("Reports.Error.NotEnded"));
        }

        if (await db.Set<QuarterlyReport>().SingleOrDefaultAsync(r => r.Year == year && r.Quarter == quarter, ct) is { } existing)
        {
            return (existing, ReportResult.Ok);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var report = new QuarterlyReport
        {
            Year = year,
            Quarter = quarter,
            FiguresJson = (await FiguresAsync(period, ct)).ToJson(),
            FiguresAt = now,
            UpdatedAt = now,
            UpdatedBy = by,
        };
        db.Add(report);
        await db.SaveChangesAsync(ct);
        return (report, ReportResult.Ok);
    }

    public async Task<ReportResult> SaveCommentaryAsync(QuarterlyReport report, int version, string ja, string en, string by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Version != version)
        {
            return ReportResult.Refused("Reports.Error.Stale");
        }

        if (ja.Length > MaxCommentary || en.Length > MaxCommentary)
        {
            return ReportResult.Refused("Reports.Error.TooLong");
        }

        report.CommentaryJa = ja.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        report.CommentaryEn = en.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        Touch(report, by);
        await db.SaveChangesAsync(ct);
        return ReportResult.Ok;
    }

    /// <summary>Draws the figures again (a draft only: a published report keeps what its readers saw).</summary>
    public async Task<ReportResult> RefreshFiguresAsync(QuarterlyReport report, int version, string by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Version != version)
        {
            return ReportResult.Refused("Reports.Error.Stale");
        }

        if (report.State == ReportState.Published)
        {
            return ReportResult.Refused("Reports.Error.Published");
        }

        report.FiguresJson = (await FiguresAsync(ReportingPeriod.Quarter(report.Year, report.Quarter), ct)).ToJson();
        report.FiguresAt = clock.GetUtcNow().UtcDateTime;
        Touch(report, by);
        await db.SaveChangesAsync(ct);
        return ReportResult.Ok;
    }

    /// <summary>Publishes with the PDFs rendered for it (none when no renderer is configured), in one transaction.</summary>
    public async Task<ReportResult> PublishAsync(QuarterlyReport report, int version, IReadOnlyDictionary<string, byte[]> pdfs, string by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(pdfs);
        if (report.Version != version)
        {
            return ReportResult.Refused("Reports.Error.Stale");
        }

        if (report.CommentaryJa.Length == 0)
        {
            return ReportResult.Refused("Reports.Error.NoCommentary");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<ReportPdf>().Where(p => p.ReportId == report.Id).ExecuteDeleteAsync(ct);
        foreach (var (language, content) in pdfs)
        {
            db.Add(new ReportPdf { ReportId = report.Id, Language = language, Content = content, RenderedAt = now });
        }

        report.State = ReportState.Published;
        report.PublishedAt = now;
        report.PublishedBy = by;
        Touch(report, by);
        await db.SaveChangesAsync(ct);
        return ReportResult.Ok;
    }

    public async Task<ReportResult> WithdrawAsync(QuarterlyReport report, int version, string by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Version != version)
        {
            return ReportResult.Refused("Reports.Error.Stale");
        }

        report.State = ReportState.Withdrawn;
        Touch(report, by);
        await db.SaveChangesAsync(ct);
        return ReportResult.Ok;
    }

    public Task<ReportPdf?> PdfAsync(int reportId, string language, CancellationToken ct) =>
        db.Set<ReportPdf>().AsNoTracking().SingleOrDefaultAsync(p => p.ReportId == reportId && p.Language == language, ct);

    public Task<List<string>> PdfLanguagesAsync(int reportId, CancellationToken ct) =>
        db.Set<ReportPdf>().Where(p => p.ReportId == reportId).Select(p => p.Language).ToListAsync(ct);

    /// <summary>The figures of a quarter from the daily counts, by top-level 手口.</summary>
    public async Task<ReportFigures> FiguresAsync(ReportingPeriod quarter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var methods = await db.Set<Method>().AsNoTracking().ToListAsync(ct);
        var byId = methods.ToDictionary(m => m.Id);
        var top = methods.Where(m => m.ParentId is null).OrderBy(m => m.SortOrder).ThenBy(m => m.Id).ToList();

        async Task<Dictionary<string, int>> ByTopAsync(ReportingPeriod p)
        {
            var counts = await reader.CountsAsync(StatisticsDimension.Method, p, ct);
            return counts.GroupBy(c => MethodRollup.TopCode(int.TryParse(c.Key, CultureInfo.InvariantCulture, out var id) ? byId.GetValueOrDefault(id) : null, byId)).ToDictionary(g => g.Key, g => g.Sum(c => c.Value), StringComparer.Ordinal);
        }

        var now = await ByTopAsync(quarter);
        var previous = await ByTopAsync(quarter.Previous());
        var yearEarlier = await ByTopAsync(quarter.YearEarlier());
        var rows = top.Select(m => new ReportMethod(m.Code, m.NameJa, m.NameEn, now.GetValueOrDefault(m.Code), previous.GetValueOrDefault(m.Code), yearEarlier.GetValueOrDefault(m.Code)))
            .Append(new ReportMethod(PublicStatistics.Uncategorised, "その他・未分類", "Other / not categorised",
                now.GetValueOrDefault(PublicStatistics.Uncategorised), previous.GetValueOrDefault(PublicStatistics.Uncategorised), yearEarlier.GetValueOrDefault(PublicStatistics.Uncategorised)))
            .ToList();

        var channels = await reader.CountsAsync(StatisticsDimension.Channel, quarter, ct);
        var sla = SlaFigures.From(await reader.CountsAsync(StatisticsDimension.Sla, quarter, ct),
            await reader.CountsAsync(StatisticsDimension.AnswerDays, quarter, ct));
        return new ReportFigures(quarter.From.Year, quarter.QuarterNumber, await reader.TotalAsync(quarter, ct),
            await reader.TotalAsync(quarter.Previous(), ct), await reader.TotalAsync(quarter.YearEarlier(), ct), rows,
            [.. channels.OrderByDescending(c => c.Value).Select(c => new ReportChannel(c.Key, c.Value))],
            sla.MetShare, sla.MedianDays, sla.Percentile90Days);
    }

    private void Touch(QuarterlyReport report, string by)
    {
        report.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        report.UpdatedBy = by;
        report.Version++;
    }
}
