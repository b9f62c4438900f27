using Anshin.Web.Areas.SecurityAction.Model;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.SecurityAction.Services;

/// <summary>The staff's side of declarations: suspension, reinstatement (both audited) and the history.</summary>
public sealed partial class Declarations
{
    /// <summary>Staff suspend an active declaration (e.g. a false name); the ID then verifies as suspended.</summary>
    public async Task<bool> SuspendAsync(Declaration declaration, string reason, string staff, CancellationToken ct)
    {
        if (declaration.State != DeclarationState.Active || Anshin.Core.Text.ContactText.Normalize(reason) is not { Length: > 0 } text)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        declaration.State = DeclarationState.Suspended;
        declaration.SuspendedAt = now;
        declaration.SuspensionReason = Limit(text);
        declaration.UpdatedAt = now;
        db.Add(Event(declaration, DeclarationEventKind.Suspended, staff, Limit(text)));
        audit.Add(SecurityActionAudit.Suspended, Target(declaration), detail: Limit(text));
        Notice(declaration, "SecurityAction.Mail.SuspendedSubject", "SecurityAction.Mail.SuspendedBody", Limit(text));
        await db.SaveChangesAsync(ct);
        await EvictAsync(ct);
        return true;
    }

    public async Task<bool> ReinstateAsync(Declaration declaration, string? note, string staff, CancellationToken ct)
    {
        if (declaration.State != DeclarationState.Suspended)
        {
            return false;
        }

        var detail = Anshin.Core.Text.ContactText.Normalize(note);
        declaration.State = DeclarationState.Active;
        declaration.SuspendedAt = null;
        declaration.SuspensionReason = null;
        declaration.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.Add(Event(declaration, DeclarationEventKind.Reinstated, staff, Limit(detail)));
        audit.Add(SecurityActionAudit.Reinstated, Target(declaration), detail: Limit(detail));
        await db.SaveChangesAsync(ct);
        await EvictAsync(ct);
        return true;
    }

    public Task<List<DeclarationEvent>> HistoryAsync(int declarationId, CancellationToken ct) =>
        db.Set<DeclarationEvent>().AsNoTracking().Where(e => e.DeclarationId == declarationId)
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
}
