using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Search;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// Changes to a case's status, assignment and classification. Each change writes a history line and an audit entry
/// in the same save, and is refused when the case changed since the consultant loaded it (optimistic version).
/// </summary>
public sealed class CaseWorkflow(AnshinDbContext db, CaseDocument document, AuditLog audit, TimeProvider clock)
{
    public async Task<CaseResult> ChangeStatusAsync(long id, int version, CaseStatus to, StaffActor actor, CancellationToken ct)
    {
        var c = await LoadAsync(id, version, ct);
        if (c is null)
        {
            return await MissingOrStaleAsync(id, ct);
        }

        if (!CaseTransitions.IsAllowed(c.Status, to))
        {
            return CaseResult.Refused("Case.Error.Transition");
        }

        var now = clock.GetUtcNow();
        var from = c.Status;
        c.Status = to;
        if (to == CaseStatus.Closed)
        {
            c.ClosedAt = now.UtcDateTime;
        }
        else if (from is CaseStatus.Closed or CaseStatus.OutOfScope && to == CaseStatus.InProgress)
        {
            c.ClosedAt = null;
        }

        if (to == CaseStatus.InProgress && c.AssigneeId is null)
        {
            c.AssigneeId = actor.Id;
            History(c, actor, CaseEvents.Assigned, actor.Name);
        }

        History(c, actor, CaseEvents.StatusChanged, $"{from}>{to}");
        await SaveAsync(c, DeskAudit.CaseStatusChanged, $"{from}>{to}", ct);
        return CaseResult.Ok;
    }

    /// <summary>Takes the case: the consultant becomes its assignee and a new case moves to in progress.</summary>
    public async Task<CaseResult> ClaimAsync(long id, int version, StaffActor actor, CancellationToken ct)
    {
        var c = await LoadAsync(id, version, ct);
        if (c is null)
        {
            return await MissingOrStaleAsync(id, ct);
        }

        if (c.Status is CaseStatus.Merged or CaseStatus.Spam)
        {
            return CaseResult.Refused("Case.Error.Transition");
        }

        c.AssigneeId = actor.Id;
        History(c, actor, CaseEvents.Assigned, actor.Name);
        if (c.Status == CaseStatus.New)
        {
            c.Status = CaseStatus.InProgress;
            History(c, actor, CaseEvents.StatusChanged, $"{CaseStatus.New}>{CaseStatus.InProgress}");
        }

        await SaveAsync(c, DeskAudit.CaseAssigned, actor.Id, ct);
        return CaseResult.Ok;
    }

    /// <summary>Gives the case to someone else (or no one); only active consultants and supervisors can hold cases.</summary>
    public async Task<CaseResult> AssignAsync(long id, int version, string? assigneeId, StaffActor actor, CancellationToken ct)
    {
        var c = await LoadAsync(id, version, ct);
        if (c is null)
        {
            return await MissingOrStaleAsync(id, ct);
        }

        string? name = null;
        if (assigneeId is not null)
        {
            name = await AssignableNameAsync(assigneeId, ct);
            if (name is null)
            {
                return CaseResult.Refused("Case.Error.Assignee");
            }
        }

        c.AssigneeId = assigneeId;
        History(c, actor, assigneeId is null ? CaseEvents.Unassigned : CaseEvents.Assigned, name ?? "");
        await SaveAsync(c, DeskAudit.CaseAssigned, assigneeId ?? "-", ct);
        return CaseResult.Ok;
    }

    public async Task<CaseResult> ClassifyAsync(long id, int version, int? methodId, Urgency urgency, IReadOnlyList<string> tags,
        StaffActor actor, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().Include(x => x.Tags).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || c.Version != version)
        {
            return c is null ? CaseResult.NotFound : CaseResult.Stale;
        }

        if (methodId is not null && !await db.Set<Method>().AnyAsync(m => m.Id == methodId && m.IsActive, ct))
        {
            return CaseResult.Refused("Case.Error.Method");
        }

        if (c.MethodId != methodId)
        {
            var name = methodId is null ? "" : await db.Set<Method>().Where(m => m.Id == methodId).Select(m => m.NameJa).SingleAsync(ct);
            History(c, actor, CaseEvents.MethodChanged, name);
            c.MethodId = methodId;
        }

        if (c.Urgency != urgency)
        {
            History(c, actor, CaseEvents.UrgencyChanged, $"{c.Urgency}>{urgency}");
            c.Urgency = urgency;
        }

        var wanted = tags.Distinct(StringComparer.Ordinal).ToList();
        var current = c.Tags.Select(t => t.Name).ToList();
        if (!wanted.Order(StringComparer.Ordinal).SequenceEqual(current.Order(StringComparer.Ordinal)))
        {
            c.Tags.RemoveAll(t => !wanted.Contains(t.Name));
            c.Tags.AddRange(wanted.Where(w => !current.Contains(w)).Select(w => new ConsultationTag { ConsultationId = id, Name = w }));
            History(c, actor, CaseEvents.TagsChanged, string.Join(", ", wanted));
        }

        await SaveAsync(c, DeskAudit.CaseChanged, "classification", ct, reindex: true);
        return CaseResult.Ok;
    }

    /// <summary>Merges a duplicate into another case. Both keep their history; the duplicate points to the case it joined.</summary>
    public async Task<CaseResult> MergeAsync(long id, int version, string targetReceipt, StaffActor actor, CancellationToken ct)
    {
        var c = await LoadAsync(id, version, ct);
        if (c is null)
        {
            return await MissingOrStaleAsync(id, ct);
        }

        var target = await db.Set<Consultation>().SingleOrDefaultAsync(x => x.ReceiptNumber == targetReceipt.Trim(), ct);
        if (target is null || target.Id == c.Id)
        {
            return CaseResult.Refused("Case.Error.MergeTarget");
        }

        if (target.Status is CaseStatus.Merged or CaseStatus.Spam || !CaseTransitions.IsAllowed(c.Status, CaseStatus.Merged))
        {
            return CaseResult.Refused("Case.Error.Transition");
        }

        var from = c.Status;
        c.Status = CaseStatus.Merged;
        c.MergedIntoId = target.Id;
        c.ClosedAt = clock.GetUtcNow().UtcDateTime;
        History(c, actor, CaseEvents.StatusChanged, $"{from}>{CaseStatus.Merged}");
        History(c, actor, CaseEvents.MergedInto, target.ReceiptNumber);
        History(target, actor, CaseEvents.MergedFrom, c.ReceiptNumber);
        target.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await SaveAsync(c, DeskAudit.CaseMerged, "into " + DeskAudit.Target(target.Id), ct);
        return CaseResult.Ok;
    }

    /// <summary>Links two related cases; the link shows on both.</summary>
    public async Task<CaseResult> LinkAsync(long id, string otherReceipt, StaffActor actor, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().FindAsync([id], ct);
        var other = await db.Set<Consultation>().SingleOrDefaultAsync(x => x.ReceiptNumber == otherReceipt.Trim(), ct);
        if (c is null)
        {
            return CaseResult.NotFound;
        }

        if (other is null || other.Id == id)
        {
            return CaseResult.Refused("Case.Error.LinkTarget");
        }

        var (a, b) = id < other.Id ? (id, other.Id) : (other.Id, id);
        if (!await db.Set<ConsultationLink>().AnyAsync(l => l.ConsultationId == a && l.RelatedId == b, ct))
        {
            db.Add(new ConsultationLink { ConsultationId = a, RelatedId = b, CreatedAt = clock.GetUtcNow().UtcDateTime });
            History(c, actor, CaseEvents.Linked, other.ReceiptNumber);
            History(other, actor, CaseEvents.Linked, c.ReceiptNumber);
            await SaveAsync(c, DeskAudit.CaseLinked, DeskAudit.Target(other.Id), ct);
        }

        return CaseResult.Ok;
    }

    public void History(Consultation c, StaffActor? actor, string kind, string detail)
    {
        db.Add(new ConsultationEvent
        {
            ConsultationId = c.Id,
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            ActorId = actor?.Id,
            ActorName = actor?.Name ?? "",
            Kind = kind,
            Detail = detail.Length <= 500 ? detail : detail[..500],
        });
    }

    private async Task<string?> AssignableNameAsync(string userId, CancellationToken ct)
    {
        var roles = new[] { StaffRoles.Consultant, StaffRoles.Supervisor };
        return await (from u in db.Users
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where u.Id == userId && u.IsActive && roles.Contains(r.Name!)
                      select u.DisplayName).FirstOrDefaultAsync(ct);
    }

    private async Task<Consultation?> LoadAsync(long id, int version, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().FindAsync([id], ct);
        return c is null || c.Version != version ? null : c;
    }

    private async Task<CaseResult> MissingOrStaleAsync(long id, CancellationToken ct) =>
        await db.Set<Consultation>().AnyAsync(c => c.Id == id, ct) ? CaseResult.Stale : CaseResult.NotFound;

    /// <summary>Saves the change with its audit entry; a concurrent change to the same case makes it throw <see cref="DbUpdateConcurrencyException"/>.</summary>
    internal async Task SaveAsync(Consultation c, string auditAction, string detail, CancellationToken ct, bool reindex = false)
    {
        c.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        c.Version++;
        audit.Add(auditAction, DeskAudit.Target(c.Id), detail: detail);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (reindex)
        {
            await document.RefreshAsync(c.Id, ct);
        }

        await tx.CommitAsync(ct);
    }
}
