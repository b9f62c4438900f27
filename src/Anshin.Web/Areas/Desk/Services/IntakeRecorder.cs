using Anshin.Core.Desk;
using Anshin.Core.Text;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Search;
using Anshin.Web.Areas.Statistics.Ledger;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Outbox;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// Writes submissions to the database: in one transaction per batch, each case, its attachments, its first history
/// line, its search text and the acknowledgement in the outbox. A batch of one is the ordinary case; on SQLite the
/// <see cref="IntakeWriter"/> hands over everything that arrived meanwhile, so one commit (one fsync) serves many.
/// </summary>
public sealed class IntakeRecorder(
    AnshinDbContext db,
    ReceiptNumbers receipts,
    DeskCalendar calendar,
    ICaseSearch search,
    DeskMail mail,
    AuditLog audit,
    SqliteWriteGate writeGate)
{
    public async Task<IReadOnlyList<IntakeReceipt>> RecordAsync(IReadOnlyList<PendingIntake> batch, CancellationToken ct)
    {
        // The numbers are taken inside the transaction on both databases: one commit per batch and no gaps. The
        // counter row stays locked until the commit, which costs nothing because batches are written one at a time.
        using var turn = await writeGate.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var numbers = await receipts.NextAsync(batch.Count, ct);

        var business = await calendar.GetAsync(ct);
        var cases = new List<Consultation>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var (request, staff, _, now) = batch[i];
            var receivedAt = request.RecordedByStaff && request.CallStartedAt is { } started ? started : now.UtcDateTime;
            var consultation = NewConsultation(request, numbers[i], receivedAt, business.DueDate(new DateTimeOffset(receivedAt)), now.UtcDateTime);
            if (request.AnsweredOnCall)
            {
                consultation.Status = CaseStatus.Closed;
                consultation.ClosedAt = now.UtcDateTime;
                consultation.AssigneeId = staff?.Id;
                SlaClock.Pause(consultation, business, new DateTimeOffset(request.CallEndedAt ?? now.UtcDateTime));
            }

            cases.Add(consultation);
        }

        // Cases, history lines and acknowledgements are written as multi-row INSERTs (RowInserter): EF's per-entity
        // bookkeeping was more than half of a batch's time. The rare staff-side rows (notes, attachments) still go
        // through SaveChanges.
        await RowInserter.InsertReturningKeysAsync(db, cases, nameof(Consultation.ReceiptNumber), c => c.ReceiptNumber, (c, id) => c.Id = id, ct);
        await RowInserter.InsertAsync(db, CaseFacts.Added(cases), ct);

        var firstMessages = new ConsultationMessage?[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var (request, staff, _, now) = batch[i];
            if (request.RecordedByStaff && (request.Notes?.Length > 0 || request.Channel == Channel.Phone))
            {
                firstMessages[i] = new ConsultationMessage
                {
                    ConsultationId = cases[i].Id,
                    Kind = request.Channel == Channel.Phone ? MessageKind.PhoneCall : MessageKind.Note,
                    CreatedAt = now.UtcDateTime,
                    AuthorId = staff?.Id,
                    AuthorName = staff?.Name ?? "",
                    Body = request.Notes ?? "",
                    CallStartedAt = request.Channel == Channel.Phone ? request.CallStartedAt : null,
                    CallEndedAt = request.Channel == Channel.Phone ? request.CallEndedAt : null,
                };
                db.Add(firstMessages[i]!);
            }
        }

        if (firstMessages.Any(m => m is not null))
        {
            await db.SaveChangesAsync(ct);
        }

        var events = new List<ConsultationEvent>(batch.Count);
        var acknowledgements = new List<OutboxMessage>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var (request, staff, files, now) = batch[i];
            var consultation = cases[i];
            foreach (var file in files)
            {
                db.Add(new ConsultationAttachment
                {
                    ConsultationId = consultation.Id,
                    MessageId = firstMessages[i]?.Id,
                    FileName = file.FileName,
                    ContentType = AttachmentSniffer.ContentType(file.Kind),
                    Size = file.Size,
                    StorageKey = file.Key,
                    Sha256 = file.Sha256,
                    CreatedAt = now.UtcDateTime,
                });
            }

            events.Add(new ConsultationEvent
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
                acknowledgements.Add(await mail.AcknowledgementAsync(consultation, ct));
            }

            if (staff is not null)
            {
                audit.Add(DeskAudit.CaseCreated, DeskAudit.Target(consultation.Id), detail: consultation.Channel.ToString());
            }
        }

        await RowInserter.InsertAsync(db, events, ct);
        await RowInserter.InsertAsync(db, acknowledgements, ct);
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(ct);
        }

        await search.IndexNewAsync(
            [.. cases.Select((c, i) => (c.Id, CaseDocument.Compose(c, firstMessages[i] is { } m ? [m.Body] : [], [])))], ct);
        await tx.CommitAsync(ct);
        return [.. cases.Select(c => new IntakeReceipt(c.Id, c.ReceiptNumber, c.DueDate))];
    }

    private static Consultation NewConsultation(IntakeRequest r, ReceiptNumber receipt, DateTime receivedAt, DateOnly due, DateTime now) => new()
    {
        ReceiptNumber = receipt.ToString(),
        Channel = r.Channel,
        ReceivedAt = receivedAt,
        Status = CaseStatus.New,
        Urgency = r.Urgency,
        MethodId = r.MethodId,
        Subject = r.Subject is { Length: > 0 } s ? s : IntakeService.Summary(r.WhatHappened ?? ""),
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

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
