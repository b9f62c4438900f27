using System.Globalization;
using Anshin.Core.Smtp;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Outbox;

/// <summary>
/// Sends claimed outbox messages to the relay and records the outcome: sent; retried later with exponential back-off
/// (temporary failures, 4xx, network); failed for good after <see cref="MailOptions.MaxAttempts"/> or on a 5xx answer.
/// </summary>
public sealed class OutboxDelivery(
    AnshinDbContext db,
    OutboxClaims claims,
    SiteSettings settings,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<OutboxDelivery> log)
{
    /// <summary>Sends what is due; returns how many messages were tried.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Relay.IsConfigured)
        {
            return 0;
        }

        var ids = await claims.ClaimAsync(clock.GetUtcNow().UtcDateTime, o.Lease, o.BatchSize, ct);
        if (ids.Count == 0)
        {
            return 0;
        }

        var desk = await settings.DeskAsync(ct);
        var messages = await db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(ct);
        foreach (var message in messages)
        {
            await SendOneAsync(message, desk, o, ct);
        }

        return messages.Count;
    }

    private async Task SendOneAsync(OutboxMessage message, DeskProfile desk, MailOptions o, CancellationToken ct)
    {
        var from = desk.Email is { Length: > 0 } e ? e : o.FromAddress;
        try
        {
            var bytes = MessageWriter.Write(Compose(message, desk, from));
            await SmtpRelay.SendAsync(Relay(o), o.FromAddress, [message.ToAddress], bytes, ct);
            message.State = OutboxState.Sent;
            message.SentAt = clock.GetUtcNow().UtcDateTime;
            message.LastError = null;
        }
        catch (Exception ex) when (ex is SmtpException or ArgumentException)
        {
            var permanent = ex is ArgumentException || ((SmtpException)ex).IsPermanent;
            message.LastError = Truncate(ex.Message, 2_000);
            if (permanent || message.Attempts + 1 >= o.MaxAttempts)
            {
                message.State = OutboxState.Failed;
                log.LogWarning("Outbox message {Id} to {To} failed for good: {Error}", message.Id, message.ToAddress, ex.Message);
            }
            else
            {
                message.NextAttemptAt = clock.GetUtcNow().UtcDateTime + Backoff(o, message.Attempts + 1);
                log.LogInformation("Outbox message {Id} will be retried at {At}: {Error}", message.Id, message.NextAttemptAt, ex.Message);
            }
        }

        message.Attempts++;
        message.LockedUntil = null;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Wait before attempt <paramref name="attempt"/> + 1: the first delay, doubled each time, capped.</summary>
    public static TimeSpan Backoff(MailOptions o, int attempt)
    {
        var factor = Math.Pow(2, Math.Min(attempt - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(o.FirstRetryDelay.Ticks * factor, o.MaxRetryDelay.Ticks));
        return delay;
    }

    private OutgoingMessage Compose(OutboxMessage m, DeskProfile desk, string from) => new()
    {
        From = new MailboxAddress(from, desk.Name(CultureInfo.GetCultureInfo(m.Language == "en" ? "en" : "ja"))),
        To = [new MailboxAddress(m.ToAddress)],
        Subject = m.Subject,
        Body = m.Body,
        MessageId = m.MessageIdHeader,
        Date = clock.GetUtcNow(),
        InReplyTo = m.InReplyTo,
        References = m.References?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [],
        AutoSubmitted = m.Kind switch
        {
            OutboxKinds.Acknowledgement or OutboxKinds.MailAcknowledgement => "auto-replied",
            OutboxKinds.NewsConfirmation or OutboxKinds.NewsDigest => "auto-generated",
            _ => null,
        },
        ListUnsubscribe = m.ListUnsubscribe,
    };

    private static SmtpSettings Relay(MailOptions o) => new()
    {
        Host = o.Relay.Host,
        Port = o.Relay.Port,
        Tls = o.Relay.Tls,
        UserName = o.Relay.UserName,
        Password = o.Relay.Password,
        Timeout = o.Relay.Timeout,
        ClientName = o.IdDomain,
    };

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
