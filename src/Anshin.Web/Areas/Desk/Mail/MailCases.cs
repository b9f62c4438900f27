using Anshin.Core.Desk;
using Anshin.Core.Mail;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Search;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Data;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Mail;

/// <summary>A message that becomes a new case: why it is flagged, and the case it named if it came from a stranger.</summary>
public sealed record NewMailCase(InboundMail Mail, PendingMail Pending, CaseFlags Flags, Consultation? Related);

/// <summary>
/// Turns read messages into case data: new cases (structured answers empty, the mail in the thread, its files
/// attached, an acknowledgement unless that would feed a loop) or new entries in existing cases. New cases of one
/// batch are written together — a handful of statements for the whole batch, not per message. Saves inside the
/// caller's transaction.
/// </summary>
public sealed class MailCases(
    AnshinDbContext db,
    ReceiptNumbers receipts,
    DeskCalendar calendar,
    CaseWorkflow workflow,
    CaseThread thread,
    CaseDocument document,
    ICaseSearch search,
    DeskMail deskMail,
    AcknowledgementPolicy acknowledgements,
    IOptions<DeskOptions> desk,
    TimeProvider clock)
{
    private const int MaxBody = 50_000;

    public async Task OpenAsync(IReadOnlyList<NewMailCase> items, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var numbers = await receipts.NextAsync(items.Count, ct);
        var due = (await calendar.GetAsync(ct)).DueDate(now);
        var cases = new Consultation[items.Count];
        var bodies = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var (mail, pending, flags, _) = items[i];
            var message = pending.Message;
            bodies[i] = BodyOf(message);
            cases[i] = new Consultation
            {
                ReceiptNumber = numbers[i].ToString(),
                Channel = Channel.Email,
                ReceivedAt = now.UtcDateTime,
                Status = CaseStatus.New,
                Subject = MailIntake.Clip(SubjectOf(message, bodies[i]), 200),
                ConsulterName = message.From?.DisplayName is { Length: > 0 } name ? MailIntake.Clip(name, 256) : null,
                ConsulterEmail = mail.FromAddress.Length > 0 ? mail.FromAddress : null,
                Language = LooksJapanese(message.Subject + bodies[i]) ? "ja" : "en",
                DueDate = due,
                UpdatedAt = now.UtcDateTime,
                Flags = flags | (pending.Files.Any(f => f.Size > desk.Value.MaxAttachmentBytes) ? CaseFlags.OversizeAttachment : CaseFlags.None),
            };
        }

        // One multi-row INSERT for the batch's cases (RowInserter), as for web intake; the rest goes through SaveChanges.
        await RowInserter.InsertReturningKeysAsync(db, cases, nameof(Consultation.ReceiptNumber), c => c.ReceiptNumber, (c, id) => c.Id = id, ct);

        var entries = new ConsultationMessage[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var c = cases[i];
            entries[i] = Entry(c, items[i].Mail, items[i].Pending.Message, bodies[i]);
            db.Add(entries[i]);
            workflow.History(c, null, CaseEvents.Received, Channel.Email.ToString());
            if (items[i].Related is { } related)
            {
                db.Add(new ConsultationLink { ConsultationId = c.Id, RelatedId = related.Id, CreatedAt = now.UtcDateTime });
                workflow.History(c, null, CaseEvents.MailFromStranger, related.ReceiptNumber);
            }

            items[i].Mail.ConsultationId = c.Id;
        }

        await db.SaveChangesAsync(ct);

        var refusals = await acknowledgements.RefusalsAsync([.. items.Select(i => (i.Pending.Message, i.Mail.FromAddress))], ct);
        for (var i = 0; i < items.Count; i++)
        {
            var (mail, pending, flags, _) = items[i];
            Attach(cases[i], entries[i], pending.Files);
            if (flags.HasFlag(CaseFlags.Unparsed))
            {
                AttachRaw(cases[i], entries[i], mail);
            }

            if (refusals[i] is { } refusal)
            {
                mail.Detail = "no-ack:" + refusal;
            }
            else
            {
                db.Add(await deskMail.MailAcknowledgementAsync(cases[i], entries[i], ct));
            }
        }

        await db.SaveChangesAsync(ct);
        await search.IndexNewAsync([.. cases.Select((c, i) => (c.Id, CaseDocument.Compose(c, [entries[i].Subject + "\n" + entries[i].Body], [])))], ct);
    }

    public async Task AddToAsync(Consultation c, InboundMail mail, PendingMail pending, CancellationToken ct)
    {
        var entry = Entry(c, mail, pending.Message, BodyOf(pending.Message));
        await thread.AcceptInboundAsync(c, entry, null, ct);
        c.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        c.Version++;
        if (pending.Files.Any(f => f.Size > desk.Value.MaxAttachmentBytes))
        {
            c.Flags |= CaseFlags.OversizeAttachment;
        }

        await db.SaveChangesAsync(ct);
        Attach(c, entry, pending.Files);
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

    private void Attach(Consultation c, ConsultationMessage entry, IReadOnlyList<StoredMailFile> files)
    {
        foreach (var file in files)
        {
            db.Add(new ConsultationAttachment
            {
                ConsultationId = c.Id,
                MessageId = entry.Id,
                FileName = file.FileName,
                ContentType = file.ContentType,
                Size = file.Size,
                StorageKey = file.Key,
                Sha256 = file.Sha256,
                CreatedAt = entry.CreatedAt,
            });
        }
    }

    /// <summary>An unreadable message: the raw file itself goes on the case, for a person to open.</summary>
    private void AttachRaw(Consultation c, ConsultationMessage entry, InboundMail mail) =>
        db.Add(new ConsultationAttachment
        {
            ConsultationId = c.Id,
            MessageId = entry.Id,
            FileName = "original-message.eml",
            ContentType = AttachmentSniffer.ContentType(AttachmentKind.Email),
            Size = mail.Size,
            StorageKey = mail.RawStorageKey,
            Sha256 = mail.Sha256,
            CreatedAt = entry.CreatedAt,
        });

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
