using Anshin.Core.Mail;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Outbox;
using Anshin.Web.Platform.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Mail;

/// <summary>
/// Whether a new case from e-mail gets an acknowledgement. Never to machines (auto-replies, bounces, mailing lists,
/// no-reply senders, as the parser flags them), never to our own addresses (two desks answering each other forever),
/// and at most a few per sender per hour (a broken script sending the same mail in a loop). Decided for a whole
/// batch of messages with one query.
/// </summary>
public sealed class AcknowledgementPolicy(
    AnshinDbContext db,
    SiteSettings settings,
    IOptions<MailOptions> mail,
    IOptions<InboundMailOptions> inbound,
    TimeProvider clock)
{
    /// <summary>
    /// For each message (in order): null when an acknowledgement may go out, otherwise the reason it may not (kept in
    /// the mail log). Acknowledgements allowed earlier in the same list count towards the hourly limit.
    /// </summary>
    public async Task<IReadOnlyList<string?>> RefusalsAsync(IReadOnlyList<(ParsedMessage Message, string From)> messages, CancellationToken ct)
    {
        var desk = await settings.DeskAsync(ct);
        var own = mail.Value.OwnAddresses.Append(mail.Value.FromAddress).Append(desk.Email)
            .Where(a => a.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var senders = messages.Select(m => m.From).Where(f => f.Length > 0).Distinct().ToList();
        var since = clock.GetUtcNow().UtcDateTime.AddHours(-1);
        var sent = senders.Count == 0
            ? []
            : await db.Set<OutboxMessage>()
                .Where(m => senders.Contains(m.ToAddress) && m.CreatedAt >= since
                    && (m.Kind == OutboxKinds.Acknowledgement || m.Kind == OutboxKinds.MailAcknowledgement))
                .GroupBy(m => m.ToAddress).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, ct);

        var refusals = new List<string?>(messages.Count);
        foreach (var (message, from) in messages)
        {
            var refusal = from.Length == 0 ? "no-sender"
                : message.IsAutomated || message.IsBounce ? "automated:" + (message.AutomatedReason ?? "bounce")
                : own.Contains(from) ? "own-address"
                : sent.GetValueOrDefault(from) >= inbound.Value.AcknowledgementsPerSenderPerHour ? "rate-limit"
                : null;
            if (refusal is null)
            {
                sent[from] = sent.GetValueOrDefault(from) + 1;
            }

            refusals.Add(refusal);
        }

        return refusals;
    }
}
