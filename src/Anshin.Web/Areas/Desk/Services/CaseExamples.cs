using Anshin.Core.Redaction;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>A proposal for a case example: the masked texts and what was masked, for the consultant to check.</summary>
public sealed record ExampleProposal(string Question, string Answer, IReadOnlyList<RedactionMatch> QuestionMatches, IReadOnlyList<RedactionMatch> AnswerMatches);

/// <summary>
/// Turns a closed case into an anonymised case example: the redaction assistant proposes masks (contact data, addresses,
/// identifiers, card numbers and the consulter's own details), the consultant edits, a supervisor approves. Approval
/// is refused while the text still contains the consulter's own name, e-mail or phone.
/// </summary>
public sealed class CaseExamples(AnshinDbContext db, CaseWorkflow workflow, AuditLog audit, TimeProvider clock)
{
    public static IReadOnlyList<string> KnownValues(Consultation c) =>
        [.. new[] { c.ConsulterName, c.ConsulterEmail, c.ConsulterPhone }
            .Concat((c.ConsulterAddress ?? "").Split('\n', StringSplitOptions.TrimEntries))
            .Where(v => !string.IsNullOrWhiteSpace(v) && v.Length >= 2)
            .Cast<string>()];

    public async Task<ExampleProposal?> ProposeAsync(long caseId, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null)
        {
            return null;
        }

        var answer = await db.Set<ConsultationMessage>().AsNoTracking()
            .Where(m => m.ConsultationId == caseId && m.Kind == MessageKind.Outbound && m.ReplyState == ReplyState.Sent)
            .OrderByDescending(m => m.SentAt).Select(m => m.Body).FirstOrDefaultAsync(ct) ?? "";
        var question = string.Join("\n\n", new[] { c.WhatHappened, c.WhySuspected }.Where(s => s.Length > 0));
        var detector = new RedactionDetector(KnownValues(c));
        var qm = detector.Detect(question);
        var am = detector.Detect(answer);
        return new ExampleProposal(Redactor.Apply(question, qm), Redactor.Apply(answer, am), qm, am);
    }

    public async Task<CaseResult> SubmitAsync(long caseId, string title, string question, string answer, StaffActor actor, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().FindAsync([caseId], ct);
        if (c is null)
        {
            return CaseResult.NotFound;
        }

        if (c.Status != CaseStatus.Closed || c.AnonymizedAt is not null)
        {
            return CaseResult.Refused("Example.Error.NotClosed");
        }

        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(question) || string.IsNullOrWhiteSpace(answer))
        {
            return CaseResult.Refused("Example.Error.Empty");
        }

        if (StillIdentifies(c, title + "\n" + question + "\n" + answer))
        {
            return CaseResult.Refused("Example.Error.Identifies");
        }

        db.Add(new CaseExample
        {
            SourceConsultationId = caseId,
            MethodId = c.MethodId,
            Title = title.Trim(),
            Question = question.Trim(),
            Answer = answer.Trim(),
            ProposedById = actor.Id,
            ProposedAt = clock.GetUtcNow().UtcDateTime,
        });
        workflow.History(c, actor, CaseEvents.ExampleProposed, "");
        audit.Add(DeskAudit.ExampleProposed, DeskAudit.Target(caseId));
        await db.SaveChangesAsync(ct);
        return CaseResult.Ok;
    }

    public async Task<CaseResult> ReviewAsync(int exampleId, bool approve, string? comment, StaffActor supervisor, CancellationToken ct)
    {
        var e = await db.Set<CaseExample>().FindAsync([exampleId], ct);
        if (e is not { State: CaseExampleState.Proposed })
        {
            return CaseResult.Refused("Example.Error.NotProposed");
        }

        var c = await db.Set<Consultation>().FindAsync([e.SourceConsultationId], ct);
        if (approve && c is not null && StillIdentifies(c, e.Title + "\n" + e.Question + "\n" + e.Answer))
        {
            return CaseResult.Refused("Example.Error.Identifies");
        }

        e.State = approve ? CaseExampleState.Approved : CaseExampleState.Returned;
        e.ApprovedById = supervisor.Id;
        e.ApprovedAt = clock.GetUtcNow().UtcDateTime;
        e.ReviewComment = comment?.Trim();
        if (c is not null && approve)
        {
            workflow.History(c, supervisor, CaseEvents.ExamplePublished, "");
        }

        audit.Add(approve ? DeskAudit.ExampleApproved : DeskAudit.ExampleReturned, "example:" + exampleId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        return CaseResult.Ok;
    }

    /// <summary>Whether the text still contains the consulter's own name, e-mail, phone or address.</summary>
    public static bool StillIdentifies(Consultation c, string text) =>
        new RedactionDetector(KnownValues(c)).Detect(text).Any(m => m.Kind == RedactionKind.KnownName
            || (m.Kind is RedactionKind.Email or RedactionKind.Phone && KnownValues(c).Any(k => Fold(k) == Fold(m.Text))));

    private static string Fold(string s) => new([.. s.Normalize(System.Text.NormalizationForm.FormKC).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
