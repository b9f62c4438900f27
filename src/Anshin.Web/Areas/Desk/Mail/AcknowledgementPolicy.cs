using Anshin.Core.Mail;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Outbox;
using Anshin.Web.Platform.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Mail;

/// <summary>
/// Whether a new case from e-mail gets an acknowledgement. Never to machines (auto-replies, bounces, mailing lists,
/// no-reply senders, as the parser flags them), never to our own addresses (two desks answering
/// each other forever), and at most a few per sender per hour (a broken script sending the same mail in a loop).
/// </summary>
public sealed class AcknowledgementPolicy(
    AnshinDbContext db,
    SiteSettings settings,
    IOptions<MailOptions> mail,
    IOptions<InboundMailOptions> inbound,
    TimeProvider clock)
{
    /// <summary>
    /// Null when an acknowledgement may go out; otherwise the reason it may not (kept in the mail log).
    /// <c>unsaved</c> counts acknowledgements to the same address written in this transaction but not saved yet.
    /// </summary>
    public async Task<string?> RefusalAsync(ParsedMessage message, string from, int unsaved, CancellationToken ct)
    {
        if (from.Length == 0)
        {
            return "no-sender";
        }

        if (message.IsAutomated || message.IsBounce)
        {
            return "automated:" + (message.AutomatedReason ?? "bounce");
        }

        var desk = await settings.DeskAsync(ct);
        var own = mail.Value.OwnAddresses.Append(mail.Value.FromAddress).Append(desk.Email);
        if (own.Any(a => string.Equals(a, from, StringComparison.OrdinalIgnoreCase)))
        {
            return "own-address";
        }

        var since = clock.GetUtcNow().UtcDateTime.AddHours(-1);
        var recent = await db.Set<OutboxMessage>().CountAsync(m => m.ToAddress == from && m.CreatedAt >= since
            && (m.Kind == OutboxKinds.Acknowledgement || m.Kind == OutboxKinds.MailAcknowledgement), ct);
        return recent + unsaved >= inbound.Value.AcknowledgementsPerSenderPerHour ? "rate-limit" : null;
    }
}
