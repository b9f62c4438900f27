using Anshin.Core.Desk;
using Anshin.Core.Text;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Search;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// Saves a new consultation: files first (outside the database), then the receipt number, then in one transaction
/// the case, its attachments, its first history line, its search text and the acknowledgement in the outbox. The
/// caller acknowledges only after this returns, so nothing a person submitted is lost.
/// </summary>
public sealed class IntakeService(
    AnshinDbContext db,
    ReceiptNumbers receipts,
    AttachmentStore store,
    DeskCalendar calendar,
    ICaseSearch search,
    DeskMail mail,
    AuditLog audit,
    SqliteWriteGate writeGate,
    IOptions<DeskOptions> options,
    TimeProvider clock)
{
    public async Task<(IntakeReceipt? Receipt, IReadOnlyList<IntakeError> Errors)> SubmitAsync(
        IntakeRequest request, StaffActor? staff, CancellationToken ct)
    {
        var errors = IntakeValidator.Validate(request, options.Value);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow();
        var saved = new List<(IncomingFile File, string Key, string Sha256, AttachmentKind Kind)>();
        try
        {
            foreach (var file in request.Files)
            {
                var kind = AttachmentSniffer.Sniff(file.Content.AsSpan(0, Math.Min(file.Content.Length, AttachmentSniffer.HeadLength)))!.Value;
                var (key, sha) = await store.SaveAsync(file.Content, ct);
                saved.Add((file, key, sha, kind));
            }

            // SQLite has one writer at a time anyway: take the number inside the transaction (one commit, no gap).
            // PostgreSQL takes it first, in its own statement, so the counter row is never locked for a whole intake.
            var inside = db.Database.IsSqlite();
            var receipt = inside ? default : await receipts.NextAsync(ct);
            using var turn = await writeGate.EnterAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (inside)
            {
                receipt = await receipts.NextAsync(ct);
            }

            var business = await calendar.GetAsync(ct);
            var receivedAt = request.RecordedByStaff && request.CallStartedAt is { } started ? started : now.UtcDateTime;
            var consultation = NewConsultation(request, receipt, receivedAt, business.DueDate(new DateTimeOffset(receivedAt)), now.UtcDateTime);
            if (request.AnsweredOnCall)
            {
                consultation.Status = CaseStatus.Closed;
                consultation.ClosedAt = now.UtcDateTime;
                consultation.AssigneeId = staff?.Id;
                SlaClock.Pause(consultation, business, new DateTimeOffset(request.CallEndedAt ?? now.UtcDateTime));
            }

            db.Add(consultation);
            await db.SaveChangesAsync(ct);

            ConsultationMessage? first = null;
            if (request.RecordedByStaff && (request.Notes?.Length > 0 || request.Channel == Channel.Phone))
            {
                first = new ConsultationMessage
                {
                    ConsultationId = consultation.Id,
                    Kind = request.Channel == Channel.Phone ? MessageKind.PhoneCall : MessageKind.Note,
                    CreatedAt = now.UtcDateTime,
                    AuthorId = staff?.Id,
                    AuthorName = staff?.Name ?? "",
                    Body = request.Notes ?? "",
                    CallStartedAt = request.Channel == Channel.Phone ? request.CallStartedAt : null,
                    CallEndedAt = request.Channel == Channel.Phone ? request.CallEndedAt : null,
                };
                db.Add(first);
                await db.SaveChangesAsync(ct);
            }

            foreach (var (file, key, sha, kind) in saved)
            {
                db.Add(new ConsultationAttachment
                {
                    ConsultationId = consultation.Id,
                    MessageId = first?.Id,
                    FileName = IntakeValidator.DisplayName(file.FileName),
                    ContentType = AttachmentSniffer.ContentType(kind),
                    Size = file.Content.Length,
                    StorageKey = key,
                    Sha256 = sha,
                    CreatedAt = now.UtcDateTime,
                });
            }

            db.Add(new ConsultationEvent
            {
                ConsultationId = consultation.Id,
                OccurredAt = now.UtcDateTime,
                ActorId = staff?.Id,
                ActorName = staff?.Name ?? "",
                Kind = CaseEvents.Received,
                Detail = consultation.Channel.ToString(),
            });

            if (consultation.ConsulterEmail is not null && !request.RecordedByStaff)
            {
                db.Add(await mail.AcknowledgementAsync(consultation, ct));
            }

            if (staff is not null)
            {
                audit.Add(DeskAudit.CaseCreated, DeskAudit.Target(consultation.Id), detail: consultation.Channel.ToString());
            }

            await db.SaveChangesAsync(ct);
            await search.IndexNewAsync([(consultation.Id, CaseDocument.Compose(consultation, first is null ? [] : [first.Body], []))], ct);
            await tx.CommitAsync(ct);
            return (new IntakeReceipt(consultation.Id, consultation.ReceiptNumber, consultation.DueDate), []);
        }
        catch
        {
            foreach (var (_, key, _, _) in saved)
            {
                store.Delete(key);
            }

            throw;
        }
    }

    private static Consultation NewConsultation(IntakeRequest r, ReceiptNumber receipt, DateTime receivedAt, DateOnly due, DateTime now) => new()
    {
        ReceiptNumber = receipt.ToString(),
        Channel = r.Channel,
        ReceivedAt = receivedAt,
        Status = CaseStatus.New,
        Urgency = r.Urgency,
        MethodId = r.MethodId,
        Subject = r.Subject is { Length: > 0 } s ? s : Summary(r.WhatHappened ?? ""),
        DeviceType = r.DeviceType ?? DeviceType.Unknown,
        OperatingSystem = r.OperatingSystem ?? "",
        SecuritySoftware = r.SecuritySoftware ?? "",
        CloudServices = r.CloudServices ?? "",
        WhatHappened = r.WhatHappened ?? "",
        WhySuspected = r.WhySuspected ?? "",
        OtherDesksAsked = r.OtherDesksAsked ?? "",
        NavigatorSymptom = r.Symptom ?? "",
        NavigatorPath = r.NavigatorPath ?? "",
        ConsulterName = NullIfEmpty(r.Name),
        ConsulterEmail = r.Email,
        ConsulterPhone = r.Phone,
        ConsulterPhoneDigits = r.Phone is null ? null : ContactText.PhoneDigits(r.Phone),
        ConsulterAddress = NullIfEmpty(r.Address),
        ConsentedAt = r.Consent ? now : null,
        Language = r.Language == "en" ? "en" : "ja",
        DueDate = due,
        UpdatedAt = now,
    };

    /// <summary>The first line of what happened, short enough for a queue row.</summary>
    public static string Summary(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return line.Length <= 60 ? line : line[..59] + "…";
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}

