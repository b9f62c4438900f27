using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;

namespace Anshin.Web.Platform.Outbox;

/// <summary>What staff may do with an outbox message: send a failed or bounced one again.</summary>
public sealed class OutboxAdministration(AnshinDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string ResendAction = "outbox.resend";

    /// <summary>Queues the message again with a fresh attempt count; false when it is not failed or bounced.</summary>
    public async Task<bool> ResendAsync(long id, CancellationToken ct)
    {
        var message = await db.Set<OutboxMessage>().FindAsync([id], ct);
        if (message is null || message.State is not (OutboxState.Failed or OutboxState.Bounced))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        message.State = OutboxState.Pending;
        message.Attempts = 0;
        message.NextAttemptAt = now;
        message.LockedUntil = null;
        audit.Add(ResendAction, $"outbox:{id}", detail: message.Kind);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
