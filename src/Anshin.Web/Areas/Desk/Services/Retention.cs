using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Search;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Jobs;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// Anonymises cases closed longer than the retention period: the consulter's contact, the free-text answers, the
/// thread, the attachment files, the raw e-mails, the addresses mail came from or went to and confirmed addresses go;
/// channel, dates, 手口, device, status and SLA outcome stay for statistics.
/// One instance at a time runs it (a database lease); anonymising twice changes nothing, so a crash mid-way is safe.
/// </summary>
public sealed class Retention(
    AnshinDbContext db, JobLeases leases, AttachmentStore store, CaseDocument document, AuditLog audit,
    IOptions<DeskOptions> options, TimeProvider clock, ILogger<Retention> logger)
{
    public const string JobName = "desk.retention";
    private const int BatchSize = 200;

    /// <summary>Runs once; returns how many cases were anonymised, or null when another instance holds the job.</summary>
    public async Task<int?> RunAsync(CancellationToken ct)
    {
        if (!await leases.TryTakeAsync(JobName, TimeSpan.FromMinutes(30), ct))
        {
            return null;
        }

        var total = 0;
        try
        {
            var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.RetentionPeriod;
            while (!ct.IsCancellationRequested)
            {
                var ids = await db.Set<Consultation>()
                    .Where(c => c.ClosedAt != null && c.ClosedAt < cutoff && c.AnonymizedAt == null
                        && c.Status != CaseStatus.New && c.Status != CaseStatus.InProgress && c.Status != CaseStatus.Answered)
                    .OrderBy(c => c.Id)
                    .Select(c => c.Id)
                    .Take(BatchSize)
                    .ToListAsync(ct);
                if (ids.Count == 0)
                {
                    break;
                }

                await AnonymizeAsync(ids, ct);
                total += ids.Count;
            }

            if (total > 0)
            {
                await audit.WriteAsync(DeskAudit.CasesAnonymized, detail: $"{total} cases", actorName: "system", ct: ct);
                logger.LogInformation("Retention anonymised {Count} cases", total);
            }
        }
        finally
        {
            await leases.ReleaseAsync(JobName, CancellationToken.None);
        }

        return total;
    }

    private async Task AnonymizeAsync(List<long> ids, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var files = await db.Set<ConsultationAttachment>()
            .Where(a => ids.Contains(a.ConsultationId) && a.DeletedAt == null)
            .Select(a => a.StorageKey)
            .ToListAsync(ct);
        files.AddRange(await db.Set<InboundMail>()
            .Where(m => m.ConsultationId != null && ids.Contains(m.ConsultationId.Value) && m.RawStorageKey != "")
            .Select(m => m.RawStorageKey)
            .ToListAsync(ct));

        // Personal data in files goes first: if the transaction below fails, the next run finds the same cases
        // again and finishes them (deleting a missing file is a no-op), so nothing is ever left half-kept.
        foreach (var key in files)
        {
            store.Delete(key);
        }

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.Set<Consultation>().Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.ConsulterName, (string?)null)
                .SetProperty(c => c.ConsulterEmail, (string?)null)
                .SetProperty(c => c.ConsulterPhone, (string?)null)
                .SetProperty(c => c.ConsulterPhoneDigits, (string?)null)
                .SetProperty(c => c.ConsulterAddress, (string?)null)
                .SetProperty(c => c.Subject, "")
                .SetProperty(c => c.WhatHappened, "")
                .SetProperty(c => c.WhySuspected, "")
                .SetProperty(c => c.OtherDesksAsked, "")
                .SetProperty(c => c.CloudServices, "")
                .SetProperty(c => c.SecuritySoftware, "")
                .SetProperty(c => c.NavigatorPath, "")
                .SetProperty(c => c.AnonymizedAt, now)
                .SetProperty(c => c.Version, c => c.Version + 1), ct);
            await db.Set<ConsultationMessage>().Where(m => ids.Contains(m.ConsultationId)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Subject, "")
                .SetProperty(m => m.Body, "")
                .SetProperty(m => m.AuthorName, "")
                .SetProperty(m => m.ReviewComment, (string?)null), ct);
            await db.Set<ConsultationMessage>().Where(m => ids.Contains(m.ConsultationId) && m.FromAddress != null).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.FromAddress, (string?)null)
                .SetProperty(m => m.MailReferences, (string?)null), ct);
            await db.Set<InboundMail>().Where(m => m.ConsultationId != null && ids.Contains(m.ConsultationId.Value)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.FromAddress, "")
                .SetProperty(m => m.Subject, "")
                .SetProperty(m => m.Detail, "")
                .SetProperty(m => m.RawStorageKey, ""), ct);
            await db.Set<OutboxMessage>().Where(m => m.ConsultationId != null && ids.Contains(m.ConsultationId.Value)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.ToAddress, "")
                .SetProperty(m => m.Subject, "")
                .SetProperty(m => m.Body, "")
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.State, m => m.State == OutboxState.Pending ? OutboxState.Cancelled : m.State), ct);
            await db.Set<ConfirmedAddress>().Where(a => ids.Contains(a.ConsultationId)).ExecuteDeleteAsync(ct);
            await db.Set<ConsultationTag>().Where(t => ids.Contains(t.ConsultationId)).ExecuteDeleteAsync(ct);
            await db.Set<Statistics.Model.CaseIndicator>().Where(i => ids.Contains(i.ConsultationId)).ExecuteDeleteAsync(ct);
            await db.Set<ConsultationAttachment>().Where(a => ids.Contains(a.ConsultationId)).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.FileName, "")
                .SetProperty(a => a.DeletedAt, now), ct);
            await db.Set<ConsultationEvent>().Where(e => ids.Contains(e.ConsultationId) && e.Kind != CaseEvents.Anonymized)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Detail, ""), ct);
            foreach (var id in ids)
            {
                db.Add(new ConsultationEvent { ConsultationId = id, OccurredAt = now, ActorName = "system", Kind = CaseEvents.Anonymized });
            }

            await db.SaveChangesAsync(ct);
            foreach (var id in ids)
            {
                await document.RefreshAsync(id, ct);
            }

            await tx.CommitAsync(ct);
        }

        db.ChangeTracker.Clear();
    }
}
