using Anshin.Core.Mail;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Mail;

/// <summary>
/// A delivery report for one of our messages: found by the Message-ID we gave it, the outbox row becomes
/// <see cref="OutboxState.Bounced"/> with the reason, and the case's history says the consulter did not get it, so
/// a consultant can phone instead or correct the address and resend.
/// </summary>
public sealed class BounceRecorder(AnshinDbContext db, CaseWorkflow workflow, TimeProvider clock)
{
    /// <returns>True when the report matched a message we sent.</returns>
    public async Task<bool> RecordAsync(InboundMail mail, BounceReport bounce, CancellationToken ct)
    {
        var original = bounce.OriginalMessageId is { Length: > 0 and <= 250 } id
            ? await db.Set<OutboxMessage>().FirstOrDefaultAsync(m => m.MessageIdHeader == id, ct)
            : null;
        var reason = MailIntake.Clip(Describe(bounce), 2_000);
        mail.Detail = MailIntake.Clip(reason, 500);
        if (original is null)
        {
            return false;
        }

        mail.ConsultationId = original.ConsultationId;
        if (bounce.Action is { Length: > 0 } action && !action.Equals("failed", StringComparison.OrdinalIgnoreCase))
        {
            // "delayed" and the like: the relay is still trying; nothing has failed yet.
            return true;
        }

        original.State = OutboxState.Bounced;
        original.BouncedAt = clock.GetUtcNow().UtcDateTime;
        original.LastError = reason;
        if (original.ConsultationId is { } caseId && await db.Set<Consultation>().FindAsync([caseId], ct) is { } c)
        {
            workflow.History(c, null, CaseEvents.MailBounced, original.ToAddress);
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string Describe(BounceReport b) =>
        string.Join(" ", new[] { b.FailedRecipient, b.Status, b.DiagnosticCode }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
