using System.Text;
using Anshin.Core.Indicators;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>
/// Finds the scam indicators of new cases and of consulters' new messages (<see cref="IndicatorExtractor"/>) and records
/// them per case. It reads each source in id order from where it stopped, going back <see cref="Overlap"/> ids each time
/// so that a row whose transaction committed after a later one's is not missed (recording is idempotent). A consulter's
/// own phone number is never taken for an indicator; anonymised cases are skipped.
/// </summary>
public sealed class IndicatorScanner(AnshinDbContext db)
{
    public const string Lease = "indicators";
    public const int Overlap = 1_000;
    private const int Batch = 2_000;

    /// <summary>Scans everything new; the number of indicators recorded (repeats not counted twice).</summary>
    public async Task<int> ScanAsync(CancellationToken ct)
    {
        var recorded = 0;
        while (true)
        {
            var (cases, more) = await ScanCasesAsync(ct);
            var (messages, moreMessages) = await ScanMessagesAsync(ct);
            recorded += cases + messages;
            if (!more && !moreMessages)
            {
                return recorded;
            }
        }
    }

    /// <summary>Forgets every recorded indicator and scans all cases again (after the extractor changed).</summary>
    public async Task<int> RescanAllAsync(CancellationToken ct)
    {
        await db.Set<CaseIndicator>().ExecuteDeleteAsync(ct);
        await db.Set<IndicatorWatermark>().ExecuteDeleteAsync(ct);
        return await ScanAsync(ct);
    }

    private async Task<(int Recorded, bool More)> ScanCasesAsync(CancellationToken ct)
    {
        var mark = await WatermarkAsync("cases", ct);
        if (!await db.Set<Consultation>().AnyAsync(c => c.Id > mark.LastId, ct))
        {
            return (0, false);
        }

        var from = mark.LastId - Overlap;
        var rows = await db.Set<Consultation>().AsNoTracking().Where(c => c.Id > from).OrderBy(c => c.Id).Take(Batch)
            .Select(c => new { c.Id, c.ReceivedAt, c.Subject, c.WhatHappened, c.WhySuspected, c.ConsulterPhoneDigits, c.AnonymizedAt })
            .ToListAsync(ct);
        var found = rows.Where(r => r.AnonymizedAt is null)
            .SelectMany(r => Found(r.Id, r.ReceivedAt, r.ConsulterPhoneDigits, r.Subject, r.WhatHappened, r.WhySuspected)).ToList();
        var recorded = await RecordAsync(found, ct);
        mark.LastId = Math.Max(mark.LastId, rows[^1].Id);
        await db.SaveChangesAsync(ct);
        return (recorded, rows.Count == Batch);
    }

    private async Task<(int Recorded, bool More)> ScanMessagesAsync(CancellationToken ct)
    {
        var mark = await WatermarkAsync("messages", ct);
        var inbound = db.Set<ConsultationMessage>().Where(m => m.Kind == MessageKind.Inbound);
        if (!await inbound.AnyAsync(m => m.Id > mark.LastId, ct))
        {
            return (0, false);
        }

        var from = mark.LastId - Overlap;
        var rows = await inbound.AsNoTracking().Where(m => m.Id > from).OrderBy(m => m.Id).Take(Batch)
            .Join(db.Set<Consultation>(), m => m.ConsultationId, c => c.Id,
                (m, c) => new { m.Id, m.ConsultationId, m.CreatedAt, m.Subject, m.Body, c.ConsulterPhoneDigits, c.AnonymizedAt })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return (0, false);
        }

        var found = rows.Where(r => r.AnonymizedAt is null)
            .SelectMany(r => Found(r.ConsultationId, r.CreatedAt, r.ConsulterPhoneDigits, r.Subject, r.Body)).ToList();
        var recorded = await RecordAsync(found, ct);
        mark.LastId = Math.Max(mark.LastId, rows.Max(r => r.Id));
        await db.SaveChangesAsync(ct);
        return (recorded, rows.Count == Batch);
    }

    private static IEnumerable<CaseIndicator> Found(long consultationId, DateTime at, string? ownPhone, params string?[] texts)
    {
        var text = new StringBuilder();
        foreach (var t in texts.Where(t => !string.IsNullOrEmpty(t)))
        {
            text.Append(t).Append('\n');
        }

        return IndicatorExtractor.Extract(text.ToString())
            .Where(i => !(i.Kind == IndicatorKind.PhoneNumber && ownPhone is { Length: > 0 } && i.Value == ownPhone))
            .Select(i => new CaseIndicator { ConsultationId = consultationId, Kind = i.Kind, Value = i.Value, Display = i.Display, ReceivedAt = at });
    }

    /// <summary>Inserts what is not recorded yet, a few hundred rows a statement.</summary>
    private async Task<int> RecordAsync(List<CaseIndicator> found, CancellationToken ct)
    {
        var rowsPerStatement = db.Database.IsNpgsql() ? 1_000 : 24;
        var recorded = 0;
        foreach (var chunk in found.DistinctBy(i => (i.ConsultationId, i.Kind, i.Value)).Chunk(rowsPerStatement))
        {
            var sql = new StringBuilder("""INSERT INTO "CaseIndicators" ("ConsultationId", "Kind", "Value", "Display", "ReceivedAt") VALUES """);
            var parameters = new List<object>();
            foreach (var i in chunk)
            {
                var n = parameters.Count;
                sql.Append(n == 0 ? "" : ", ").Append(System.Globalization.CultureInfo.InvariantCulture, $"({{{n}}}, {{{n + 1}}}, {{{n + 2}}}, {{{n + 3}}}, {{{n + 4}}})");
                parameters.AddRange([i.ConsultationId, (int)i.Kind, i.Value, i.Display, i.ReceivedAt]);
            }

            sql.Append(""" ON CONFLICT ("ConsultationId", "Kind", "Value") DO NOTHING""");
            recorded += await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
        }

        return recorded;
    }

    private async Task<IndicatorWatermark> WatermarkAsync(string source, CancellationToken ct)
    {
        if (await db.Set<IndicatorWatermark>().SingleOrDefaultAsync(w => w.Source == source, ct) is { } mark)
        {
            return mark;
        }

        mark = new IndicatorWatermark { Source = source };
        db.Add(mark);
        return mark;
    }
}
