using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Search;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>A reply as the consultant wrote it.</summary>
public sealed record ReplyDraft(string Subject, string Body, CaseStatus StatusOnSend, int? OutOfScopeReasonId, int? ReferralId);

/// <summary>
/// Replies to consulters. Where the desk requires review, a consultant's reply waits for a supervisor; sending
/// writes the reply, the status change, the stopped clock and the outbox e-mail in one transaction.
/// </summary>
public sealed class ReplyService(
    AnshinDbContext db, CaseWorkflow workflow, DeskMail mail, DeskCalendar calendar, CaseDocument document, AuditLog audit,
    TimeProvider clock)
{
    public static readonly CaseStatus[] SendStatuses = [CaseStatus.Answered, CaseStatus.Closed, CaseStatus.OutOfScope];

    public async Task<CaseResult> SubmitAsync(long id, int version, ReplyDraft draft, bool needsApproval, StaffActor actor, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().FindAsync([id], ct);
        if (c is null || c.Version != version)
        {
            return c is null ? CaseResult.NotFound : CaseResult.Stale;
        }

        var check = await CheckAsync(c, draft, ct);
        if (!check.Succeeded)
        {
            return check;
        }

        var message = new ConsultationMessage
        {
            ConsultationId = id,
            Kind = MessageKind.Outbound,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            AuthorId = actor.Id,
            AuthorName = actor.Name,
            Subject = draft.Subject.Trim(),
            Body = draft.Body,
            StatusOnSend = draft.StatusOnSend,
            OutOfScopeReasonId = draft.StatusOnSend == CaseStatus.OutOfScope ? draft.OutOfScopeReasonId : null,
            ReferralId = draft.StatusOnSend == CaseStatus.OutOfScope ? draft.ReferralId : null,
            ReplyState = needsApproval ? ReplyState.AwaitingApproval : ReplyState.Sent,
        };
        db.Add(message);
        if (needsApproval)
        {
            workflow.History(c, actor, CaseEvents.ReplyDrafted, "");
            await workflow.SaveAsync(c, DeskAudit.ReplyDrafted, "awaiting approval", ct, reindex: true);
            return CaseResult.Ok;
        }

        await SendAsync(c, message, actor, DeskAudit.ReplySent, ct);
        return CaseResult.Ok;
    }

    public async Task<CaseResult> ApproveAsync(long messageId, StaffActor supervisor, CancellationToken ct)
    {
        var message = await db.Set<ConsultationMessage>().FindAsync([messageId], ct);
        if (message is not { ReplyState: ReplyState.AwaitingApproval })
        {
            return CaseResult.Refused("Reply.Error.NotAwaiting");
        }

        var c = await db.Set<Consultation>().FindAsync([message.ConsultationId], ct);
        var check = await CheckAsync(c!, new ReplyDraft(message.Subject, message.Body, message.StatusOnSend ?? CaseStatus.Answered,
            message.OutOfScopeReasonId, message.ReferralId), ct);
        if (!check.Succeeded)
        {
            return check;
        }

        message.ReviewedById = supervisor.Id;
        workflow.History(c!, supervisor, CaseEvents.ReplyApproved, "");
        await SendAsync(c!, message, supervisor, DeskAudit.ReplyApproved, ct);
        return CaseResult.Ok;
    }

    public async Task<CaseResult> RejectAsync(long messageId, string comment, StaffActor supervisor, CancellationToken ct)
    {
        var message = await db.Set<ConsultationMessage>().FindAsync([messageId], ct);
        if (message is not { ReplyState: ReplyState.AwaitingApproval })
        {
            return CaseResult.Refused("Reply.Error.NotAwaiting");
        }

        var c = await db.Set<Consultation>().FindAsync([message.ConsultationId], ct);
        message.ReplyState = ReplyState.Rejected;
        message.ReviewedById = supervisor.Id;
        message.ReviewComment = comment.Trim();
        workflow.History(c!, supervisor, CaseEvents.ReplyRejected, "");
        await workflow.SaveAsync(c!, DeskAudit.ReplyRejected, "", ct);
        return CaseResult.Ok;
    }

    private async Task<CaseResult> CheckAsync(Consultation c, ReplyDraft draft, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(draft.Body) || string.IsNullOrWhiteSpace(draft.Subject))
        {
            return CaseResult.Refused("Reply.Error.Empty");
        }

        if (!SendStatuses.Contains(draft.StatusOnSend)
            || (c.Status != draft.StatusOnSend && !CaseTransitions.IsAllowed(c.Status, draft.StatusOnSend)))
        {
            return CaseResult.Refused("Case.Error.Transition");
        }

        if (draft.StatusOnSend == CaseStatus.OutOfScope
            && (draft.OutOfScopeReasonId is null || !await db.Set<OutOfScopeReason>().AnyAsync(r => r.Id == draft.OutOfScopeReasonId, ct)))
        {
            return CaseResult.Refused("Reply.Error.Reason");
        }

        if (draft.ReferralId is not null && !await db.Set<Referral>().AnyAsync(r => r.Id == draft.ReferralId, ct))
        {
            return CaseResult.Refused("Reply.Error.Referral");
        }

        var unfilled = ReplyTemplateRenderer.Unfilled(draft.Body);
        return unfilled.Count > 0 ? CaseResult.Refused("Reply.Error.Placeholders", string.Join(" ", unfilled)) : CaseResult.Ok;
    }

    private async Task SendAsync(Consultation c, ConsultationMessage message, StaffActor actor, string auditAction, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        message.ReplyState = ReplyState.Sent;
        message.SentAt = now.UtcDateTime;
        var to = message.StatusOnSend ?? CaseStatus.Answered;
        var from = c.Status;
        c.Status = to;
        if (to == CaseStatus.OutOfScope)
        {
            c.OutOfScopeReasonId = message.OutOfScopeReasonId;
            c.ReferralId = message.ReferralId;
            workflow.History(c, actor, CaseEvents.OutOfScope, "");
        }

        if (to is CaseStatus.Closed or CaseStatus.OutOfScope)
        {
            c.ClosedAt = now.UtcDateTime;
        }

        c.AssigneeId ??= message.AuthorId;
        SlaClock.Pause(c, await calendar.GetAsync(ct), now);
        workflow.History(c, actor, CaseEvents.ReplySent, "");
        if (from != to)
        {
            workflow.History(c, actor, CaseEvents.StatusChanged, $"{from}>{to}");
        }

        if (c.ConsulterEmail is not null)
        {
            // The message id is needed to link the outbox entry, so the reply is saved first, in the same transaction.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            db.Add(await mail.ReplyAsync(c, message, ct));
            c.UpdatedAt = now.UtcDateTime;
            c.Version++;
            audit.Add(auditAction, DeskAudit.Target(c.Id), detail: $"{from}>{to}");
            await db.SaveChangesAsync(ct);
            await document.RefreshAsync(c.Id, ct);
            await tx.CommitAsync(ct);
            return;
        }

        await workflow.SaveAsync(c, auditAction, $"{from}>{to}", ct, reindex: true);
    }
}
