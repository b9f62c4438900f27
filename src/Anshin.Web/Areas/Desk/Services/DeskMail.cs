using System.Globalization;
using System.Text;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Localization;
using Anshin.Web.Platform.Outbox;
using Anshin.Web.Platform.Settings;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// Writes the desk's e-mails into the outbox, in the consulter's language. The subject carries the case tag
/// <c>[相談#YYYY-NNNNNN]</c> so that answers thread into the right case.
/// </summary>
public sealed class DeskMail(SiteSettings settings, IStringLocalizer<SharedResource> t, TimeProvider clock)
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

    public OutboxMessage Reply(Consultation c, ConsultationMessage reply) =>
        Message(c, OutboxKinds.Reply, reply.Subject, reply.Body, reply.Id);

    private OutboxMessage Message(Consultation c, string kind, string subject, string body, long? messageId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new OutboxMessage
        {
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
