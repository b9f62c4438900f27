using Anshin.Core.Desk;
using Anshin.Core.Mail;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Search;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Data;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Mail;

/// <summary>
/// Turns a read message into case data: a new case (structured answers empty, the mail in the thread, its files
/// attached) or a new entry in an existing case. Saves inside the caller's transaction.
/// </summary>
public sealed class MailCases(
    AnshinDbContext db,
    ReceiptNumbers receipts,
    DeskCalendar calendar,
    CaseWorkflow workflow,
    CaseDocument document,
    ICaseSearch search,
    DeskMail deskMail,
    AcknowledgementPolicy acknowledgements,
    AttachmentStore store,
    IOptions<DeskOptions> desk,
    TimeProvider clock)
{
    private const int MaxBody = 50_000;

    public async Task OpenAsync(InboundMail mail, ParsedMessage message, byte[] raw, CaseFlags flags, Consultation? related,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var number = (await receipts.NextAsync(1, ct))[0];
        var body = BodyOf(message);
        var c = new Consultation
        {
            ReceiptNumber = number.ToString(),
            Channel = Channel.Email,
            ReceivedAt = now.UtcDateTime,
            Status = CaseStatus.New,
            Subject = MailIntake.Clip(SubjectOf(message, body), 200),
            ConsulterName = message.From?.DisplayName is { Length: > 0 } name ? MailIntake.Clip(name, 256) : null,
            ConsulterEmail = mail.FromAddress.Length > 0 ? mail.FromAddress : null,
            Language = LooksJapanese(message.Subject + body) ? "ja" : "en",
            DueDate = (await calendar.GetAsync(ct)).DueDate(now),
            UpdatedAt = now.UtcDateTime,
            Flags = flags,
        };
        db.Add(c);
        await db.SaveChangesAsync(ct);

        var entry = Entry(c, mail, message, body);
        db.Add(entry);
        workflow.History(c, null, CaseEvents.Received, Channel.Email.ToString());
        if (related is not null)
        {
            db.Add(new ConsultationLink { ConsultationId = c.Id, RelatedId = related.Id, CreatedAt = now.UtcDateTime });
            workflow.History(c, null, CaseEvents.MailFromStranger, related.ReceiptNumber);
        }

        await db.SaveChangesAsync(ct);
        await AttachAsync(c, entry, message, ct);
        if (flags.HasFlag(CaseFlags.Unparsed))
        {
            await AttachRawAsync(c, entry, mail, raw.Length, ct);
        }

        mail.ConsultationId = c.Id;
        if (await acknowledgements.RefusalAsync(message, mail.FromAddress, ct) is { } refusal)
        {
            mail.Detail = "no-ack:" + refusal;
        }
        else
        {
            db.Add(await deskMail.MailAcknowledgementAsync(c, entry, ct));
        }

        await db.SaveChangesAsync(ct);
        await search.IndexNewAsync([(c.Id, CaseDocument.Compose(c, [entry.Subject + "\n" + entry.Body], []))], ct);
    }

    public async Task AddToAsync(Consultation c, InboundMail mail, ParsedMessage message, CancellationToken ct)
    {
        var entry = Entry(c, mail, message, BodyOf(message));
        await workflow.AcceptInboundAsync(c, entry, null, ct);
        c.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        c.Version++;
        await db.SaveChangesAsync(ct);
        await AttachAsync(c, entry, message, ct);
        mail.ConsultationId = c.Id;
        await db.SaveChangesAsync(ct);
        await document.RefreshAsync(c.Id, ct);
    }

    private static ConsultationMessage Entry(Consultation c, InboundMail mail, ParsedMessage message, string body) => new()
    {
        ConsultationId = c.Id,
        Kind = MessageKind.Inbound,
        CreatedAt = mail.ReceivedAt,
        AuthorName = MailIntake.Clip(message.From?.DisplayName is { Length: > 0 } n ? n : c.ConsulterName ?? "", 256),
        Subject = MailIntake.Clip(message.Subject ?? "", 200),
        Body = body,
        MailMessageId = mail.MessageIdHeader,
        MailReferences = References(message),
        FromAddress = mail.FromAddress.Length > 0 ? mail.FromAddress : null,
        InboundMailId = mail.Id,
    };

    private async Task AttachAsync(Consultation c, ConsultationMessage entry, ParsedMessage message, CancellationToken ct)
    {
        foreach (var file in message.Attachments)
        {
            var (key, sha) = await store.SaveAsync(file.Content, ct);
            if (file.Size > desk.Value.MaxAttachmentBytes)
            {
                c.Flags |= CaseFlags.OversizeAttachment;
            }

            db.Add(new ConsultationAttachment
            {
                ConsultationId = c.Id,
                MessageId = entry.Id,
                FileName = IntakeValidator.DisplayName(file.FileName),
                ContentType = MailIntake.Clip(file.ContentType, 100),
                Size = file.Size,
                StorageKey = key,
                Sha256 = sha,
                CreatedAt = entry.CreatedAt,
            });
        }
    }

    /// <summary>An unreadable message: the raw file itself goes on the case, for a person to open.</summary>
    private Task AttachRawAsync(Consultation c, ConsultationMessage entry, InboundMail mail, long size, CancellationToken ct)
    {
        db.Add(new ConsultationAttachment
        {
            ConsultationId = c.Id,
            MessageId = entry.Id,
            FileName = "original-message.eml",
            ContentType = AttachmentSniffer.ContentType(AttachmentKind.Email),
            Size = size,
            StorageKey = mail.RawStorageKey,
            Sha256 = mail.Sha256,
            CreatedAt = entry.CreatedAt,
        });
        return Task.CompletedTask;
    }

    private static string BodyOf(ParsedMessage message)
    {
        var body = (message.TextBody ?? "").Trim();
        return body.Length <= MaxBody ? body : body[..MaxBody] + "\n…";
    }

    private static string SubjectOf(ParsedMessage message, string body)
    {
        var subject = (message.Subject ?? "").Trim();
        return subject.Length > 0 ? subject : IntakeService.Summary(body);
    }

    private static string? References(ParsedMessage message)
    {
        var ids = message.References.Where(r => r.Length <= 250).TakeLast(20).ToList();
        var text = string.Join(' ', ids);
        while (text.Length > 2_000 && ids.Count > 1)
        {
            ids.RemoveAt(0);
            text = string.Join(' ', ids);
        }

        return text.Length is > 0 and <= 2_000 ? text : null;
    }

    private static bool LooksJapanese(string text) =>
        text.Any(ch => ch is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff' or >= '\uff00' and <= '\uffef');
}
