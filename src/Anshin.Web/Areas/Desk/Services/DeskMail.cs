using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Anshin.Web.Platform.Outbox;
using Anshin.Web.Platform.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// Writes the desk's e-mails into the outbox, in the consulter's language. The subject carries the case tag
/// <c>[相談#YYYY-NNNNNN]</c> so that answers thread into the right case.
/// </summary>
public sealed class DeskMail(
    AnshinDbContext db, SiteSettings settings, IOptions<MailOptions> options, IStringLocalizer<SharedResource> t, TimeProvider clock)
{
    public static string CaseTag(string receiptNumber) => $"[相談#{receiptNumber}]";

    public async Task<OutboxMessage> AcknowledgementAsync(Consultation c, CancellationToken ct)
    {
        var desk = await settings.DeskAsync(ct);
        using var _ = new UiCulture(c.Language);
        var culture = CultureInfo.CurrentUICulture;
        var body = new StringBuilder()
            .AppendLine(t["Ack.Greeting", c.ConsulterName ?? t["Ack.DefaultName"]])
            .AppendLine()
            .AppendLine(t["Ack.Received", desk.Name(culture)])
            .AppendLine()
            .AppendLine(t["Ack.ReceiptNumber", c.ReceiptNumber])
            .AppendLine(t["Ack.DueDate", c.DueDate.ToString("D", culture)])
            .AppendLine()
            .AppendLine(t["Ack.KeepNumber"])
            .AppendLine(t["Ack.Attachments"])
            .AppendLine()
            .AppendLine(t["Ack.Phone", desk.Phone, desk.DescribeHours(t, culture)])
            .AppendLine()
            .AppendLine(t["Ack.NoReplyNeeded"])
            .AppendLine("--")
            .AppendLine(desk.Name(culture));
        return Message(c, OutboxKinds.Acknowledgement, $"{CaseTag(c.ReceiptNumber)} {t["Ack.Subject"]}", body.ToString(), null);
    }

    /// <summary>
    /// The acknowledgement of a consultation that came by e-mail: the receipt number, and in plain words the details
    /// the desk needs that a free-form mail usually lacks. Answers the consulter's message so that it threads.
    /// </summary>
    public async Task<OutboxMessage> MailAcknowledgementAsync(Consultation c, ConsultationMessage inbound, CancellationToken ct)
    {
        var desk = await settings.DeskAsync(ct);
        using var _ = new UiCulture(c.Language);
        var culture = CultureInfo.CurrentUICulture;
        var body = new StringBuilder()
            .AppendLine(t["MailAck.Greeting"])
            .AppendLine()
            .AppendLine(t["Ack.Received", desk.Name(culture)])
            .AppendLine()
            .AppendLine(t["Ack.ReceiptNumber", c.ReceiptNumber])
            .AppendLine(t["Ack.DueDate", c.DueDate.ToString("D", culture)])
            .AppendLine()
            .AppendLine(t["MailAck.PleaseTell"])
            .AppendLine(t["MailAck.ItemDevice"])
            .AppendLine(t["MailAck.ItemOs"])
            .AppendLine(t["MailAck.ItemSecuritySoftware"])
            .AppendLine(t["MailAck.ItemCloud"])
            .AppendLine(t["MailAck.ItemWhatHappened"])
            .AppendLine(t["MailAck.ItemWhySuspected"])
            .AppendLine(t["MailAck.ItemOtherDesks"])
            .AppendLine()
            .AppendLine(t["MailAck.HowToReply"])
            .AppendLine(t["Ack.Attachments"])
            .AppendLine()
            .AppendLine(t["Ack.Phone", desk.Phone, desk.DescribeHours(t, culture)])
            .AppendLine("--")
            .AppendLine(desk.Name(culture));
        var ack = Message(c, OutboxKinds.MailAcknowledgement, $"{CaseTag(c.ReceiptNumber)} {t["Ack.Subject"]}", body.ToString(), null);
        ack.InReplyTo = inbound.MailMessageId;
        ack.References = Chain(inbound.MailReferences, inbound.MailMessageId);
        return ack;
    }

    /// <summary>
    /// A reply, answering the consulter's latest e-mail in the case (In-Reply-To), with References naming the whole
    /// conversation (their mails and ours, oldest first), so every mail program files it in the same thread even when
    /// the consulter's program sent no References of its own.
    /// </summary>
    public async Task<OutboxMessage> ReplyAsync(Consultation c, ConsultationMessage reply, CancellationToken ct)
    {
        var message = Message(c, OutboxKinds.Reply, reply.Subject, reply.Body, reply.Id);
        var inbound = await db.Set<ConsultationMessage>()
            .Where(m => m.ConsultationId == c.Id && m.Kind == MessageKind.Inbound && m.MailMessageId != null)
            .OrderBy(m => m.Id)
            .Select(m => new { m.CreatedAt, Id = m.MailMessageId!, m.MailReferences })
            .ToListAsync(ct);
        if (inbound.Count == 0)
        {
            return message;
        }

        var ours = await db.Set<OutboxMessage>().Where(m => m.ConsultationId == c.Id)
            .Select(m => new { m.CreatedAt, Id = m.MessageIdHeader }).ToListAsync(ct);
        var last = inbound[^1];
        var conversation = (last.MailReferences ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Concat(inbound.Select(m => (m.CreatedAt, m.Id)).Concat(ours.Select(m => (m.CreatedAt, m.Id)))
                .OrderBy(m => m.CreatedAt).Select(m => m.Id).Where(id => id != last.Id));
        message.InReplyTo = last.Id;
        message.References = Chain(string.Join(' ', conversation), last.Id);
        return message;
    }

    /// <summary>References for an answer: the earlier chain plus the message answered, at most the last 20 ids.</summary>
    private static string? Chain(string? references, string? messageId)
    {
        var ids = (references ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (messageId is { Length: > 0 })
        {
            ids.Add(messageId);
        }

        ids = [.. ids.Distinct().TakeLast(20)];
        while (ids.Count > 1 && ids.Sum(id => id.Length + 1) > 2_000)
        {
            ids.RemoveAt(0);
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    private OutboxMessage Message(Consultation c, string kind, string subject, string body, long? messageId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new OutboxMessage
        {
            MessageIdHeader = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}.{kind}@{options.Value.IdDomain}",
            Language = c.Language,
            CreatedAt = now,
            NextAttemptAt = now,
            Kind = kind,
            ToAddress = c.ConsulterEmail!,
            Subject = subject,
            Body = body,
            ConsultationId = c.Id,
            ConsultationMessageId = messageId,
        };
    }
}

/// <summary>Switches the UI culture for text written for someone else (an e-mail in the consulter's language).</summary>
public readonly struct UiCulture : IDisposable
{
    private readonly CultureInfo previous;

    public UiCulture(string language)
    {
        previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language == "en" ? "en" : "ja");
    }

    public void Dispose() => CultureInfo.CurrentUICulture = previous;
}
