using Anshin.Core.Mail;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Mail;

/// <summary>
/// Decides which case an inbound message belongs to. The case is named by the tag in the subject, or found through
/// In-Reply-To and References (our own Message-IDs in the outbox, the consulter's in the thread); a merged case
/// leads to the case it was merged into. Whether the message may join it is a separate question: only the case's
/// consulter, or an address a consultant confirmed for the case, may add to it.
/// </summary>
public sealed class MailThreading(AnshinDbContext db)
{
    public async Task<Consultation?> NamedCaseAsync(ParsedMessage mail, CancellationToken ct)
    {
        long? id = null;
        if (CaseTagParser.ReceiptNumber(mail.Subject) is { } receipt)
        {
            id = await db.Set<Consultation>().Where(c => c.ReceiptNumber == receipt).Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);
        }

        if (id is null)
        {
            var ids = mail.References.Append(mail.InReplyTo ?? "").Where(r => r.Length is > 0 and <= 250).Distinct().ToList();
            if (ids.Count > 0)
            {
                id = await db.Set<OutboxMessage>().Where(m => ids.Contains(m.MessageIdHeader) && m.ConsultationId != null)
                         .OrderByDescending(m => m.Id).Select(m => m.ConsultationId).FirstOrDefaultAsync(ct)
                     ?? await db.Set<ConsultationMessage>().Where(m => m.MailMessageId != null && ids.Contains(m.MailMessageId))
                         .OrderByDescending(m => m.Id).Select(m => (long?)m.ConsultationId).FirstOrDefaultAsync(ct);
            }
        }

        var found = id is null ? null : await db.Set<Consultation>().FindAsync([id.Value], ct);
        for (var hops = 0; found?.MergedIntoId is { } target && hops < 10; hops++)
        {
            found = await db.Set<Consultation>().FindAsync([target], ct);
        }

        return found;
    }

    /// <summary>True when <paramref name="address"/> is the case's consulter or confirmed for the case.</summary>
    public async Task<bool> MayJoinAsync(Consultation c, string address, CancellationToken ct)
    {
        if (address.Length == 0)
        {
            return false;
        }

        if (string.Equals(c.ConsulterEmail, address, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var lower = address.ToLowerInvariant();
        return await db.Set<ConfirmedAddress>().AnyAsync(a => a.ConsultationId == c.Id && a.Address == lower, ct);
    }
}
