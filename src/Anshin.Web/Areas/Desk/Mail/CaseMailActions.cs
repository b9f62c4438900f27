using Anshin.Core.Text;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Mail;

/// <summary>
/// What a consultant does about e-mail on a case: confirm that a stranger's address really is the consulter of the
/// case it named (so their next mail threads in), manage confirmed addresses, clear the mail flags once looked at,
/// and send a failed or bounced message again.
/// </summary>
public sealed class CaseMailActions(AnshinDbContext db, CaseWorkflow workflow, OutboxAdministration outbox, TimeProvider clock)
{
    /// <summary>The flagged case's sender becomes a confirmed address of <paramref name="relatedId"/>; the flag is cleared.</summary>
    public async Task<CaseResult> ConfirmSenderAsync(long id, long relatedId, StaffActor actor, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().FindAsync([id], ct);
        if (c is null)
        {
            return CaseResult.NotFound;
        }

        var linked = await db.Set<ConsultationLink>().AnyAsync(l =>
            (l.ConsultationId == id && l.RelatedId == relatedId) || (l.ConsultationId == relatedId && l.RelatedId == id), ct);
        var related = linked ? await db.Set<Consultation>().FindAsync([relatedId], ct) : null;
        if (related is null || c.ConsulterEmail is null)
        {
            return CaseResult.Refused("Mail.Error.NothingToConfirm");
        }

        var result = await AddAsync(related, c.ConsulterEmail, actor, ct);
        c.Flags &= ~CaseFlags.UnconfirmedSender;
        await workflow.SaveAsync(c, DeskAudit.CaseChanged, "sender-confirmed", ct);
        return result;
    }

    public async Task<CaseResult> AddAddressAsync(long id, string address, StaffActor actor, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().FindAsync([id], ct);
        if (c is null)
        {
            return CaseResult.NotFound;
        }

        if (ContactText.NormalizeEmail(address)?.ToLowerInvariant() is not { } normalized)
        {
            return CaseResult.Refused("Intake.Error.EmailInvalid");
        }

        var result = await AddAsync(c, normalized, actor, ct);
        if (result.Succeeded)
        {
            await workflow.SaveAsync(c, DeskAudit.CaseChanged, "address-confirmed", ct);
        }

        return result;
    }

    public async Task<CaseResult> RemoveAddressAsync(long id, string address, StaffActor actor, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().FindAsync([id], ct);
        var entry = await db.Set<ConfirmedAddress>().FindAsync([id, address], ct);
        if (c is null || entry is null)
        {
            return CaseResult.NotFound;
        }

        db.Remove(entry);
        workflow.History(c, actor, CaseEvents.AddressRemoved, address);
        await workflow.SaveAsync(c, DeskAudit.CaseChanged, "address-removed", ct);
        return CaseResult.Ok;
    }

    public async Task<CaseResult> ClearFlagsAsync(long id, StaffActor actor, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().FindAsync([id], ct);
        if (c is null)
        {
            return CaseResult.NotFound;
        }

        c.Flags = CaseFlags.None;
        await workflow.SaveAsync(c, DeskAudit.CaseChanged, "flags-cleared", ct);
        return CaseResult.Ok;
    }

    public async Task<CaseResult> ResendAsync(long id, long outboxId, StaffActor actor, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().FindAsync([id], ct);
        var message = await db.Set<OutboxMessage>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == outboxId && m.ConsultationId == id, ct);
        if (c is null || message is null)
        {
            return CaseResult.NotFound;
        }

        workflow.History(c, actor, CaseEvents.MailResent, message.ToAddress);
        return await outbox.ResendAsync(outboxId, ct) ? CaseResult.Ok : CaseResult.Refused("Mail.Error.NotResendable");
    }

    private async Task<CaseResult> AddAsync(Consultation c, string address, StaffActor actor, CancellationToken ct)
    {
        var lower = address.ToLowerInvariant();
        if (string.Equals(c.ConsulterEmail, lower, StringComparison.OrdinalIgnoreCase)
            || await db.Set<ConfirmedAddress>().AnyAsync(a => a.ConsultationId == c.Id && a.Address == lower, ct))
        {
            return CaseResult.Refused("Mail.Error.AlreadyConfirmed");
        }

        db.Add(new ConfirmedAddress
        {
            ConsultationId = c.Id,
            Address = lower,
            ConfirmedAt = clock.GetUtcNow().UtcDateTime,
            ConfirmedByName = actor.Name,
        });
        workflow.History(c, actor, CaseEvents.AddressConfirmed, lower);
        return CaseResult.Ok;
    }
}
