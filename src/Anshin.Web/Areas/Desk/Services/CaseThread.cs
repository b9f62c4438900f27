using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Data;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// What joins a case's thread besides replies: internal notes, logged phone calls and the consulter's own messages
/// (which reopen an answered or closed case). History, audit and the version check go through
/// <see cref="CaseWorkflow"/>, like every other change to a case.
/// </summary>
public sealed class CaseThread(AnshinDbContext db, CaseWorkflow workflow, DeskCalendar calendar, TimeProvider clock)
{
    /// <summary>Adds an internal note (never sent), or a log of a phone call with its start and end.</summary>
    public async Task<CaseResult> AddNoteAsync(long id, string body, DateTime? callStartedAt, DateTime? callEndedAt,
        StaffActor actor, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().FindAsync([id], ct);
        if (c is null)
        {
            return CaseResult.NotFound;
        }

        var call = callStartedAt is not null;
        if (call && callEndedAt is { } end && end < callStartedAt)
        {
            return CaseResult.Refused("Intake.Error.CallEndsBeforeStart");
        }

        db.Add(new ConsultationMessage
        {
            ConsultationId = id,
            Kind = call ? MessageKind.PhoneCall : MessageKind.Note,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            AuthorId = actor.Id,
            AuthorName = actor.Name,
            Body = body,
            CallStartedAt = callStartedAt,
            CallEndedAt = callEndedAt,
        });
        workflow.History(c, actor, call ? CaseEvents.PhoneCall : CaseEvents.NoteAdded, "");
        await workflow.SaveAsync(c, DeskAudit.CaseNoteAdded, call ? "phone" : "note", ct, reindex: true);
        return CaseResult.Ok;
    }

    /// <summary>
    /// A new message from the consulter (e-mail, a letter, a call recorded by staff): it joins the thread, reopens an
    /// answered or closed case and restarts the reply clock.
    /// </summary>
    public async Task<CaseResult> ReceiveFromConsulterAsync(long id, string subject, string body, StaffActor? actor, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().FindAsync([id], ct);
        if (c is null)
        {
            return CaseResult.NotFound;
        }

        await AcceptInboundAsync(c, new ConsultationMessage
        {
            ConsultationId = id,
            Kind = MessageKind.Inbound,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            AuthorId = actor?.Id,
            AuthorName = c.ConsulterName ?? "",
            Subject = subject,
            Body = body,
        }, actor, ct);
        await workflow.SaveAsync(c, DeskAudit.CaseChanged, "inbound", ct, reindex: true);
        return CaseResult.Ok;
    }

    /// <summary>
    /// Adds the consulter's message to the thread and reopens the case if it was answered or closed, restarting the
    /// reply clock. Saves nothing: the caller commits it with whatever else came with the message.
    /// </summary>
    public async Task AcceptInboundAsync(Consultation c, ConsultationMessage message, StaffActor? actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        db.Add(message);
        workflow.History(c, actor, CaseEvents.InboundMessage, "");
        if (c.Status is CaseStatus.Answered or CaseStatus.Closed or CaseStatus.OutOfScope)
        {
            var from = c.Status;
            c.Status = c.AssigneeId is null ? CaseStatus.New : CaseStatus.InProgress;
            c.ClosedAt = null;
            workflow.History(c, actor, CaseEvents.Reopened, $"{from}>{c.Status}");
            SlaClock.Restart(c, await calendar.GetAsync(ct), now);
            workflow.History(c, actor, CaseEvents.SlaResumed, c.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
