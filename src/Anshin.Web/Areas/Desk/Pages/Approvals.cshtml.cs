using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Pages;

/// <summary>Replies waiting for a supervisor, oldest first, and case examples waiting for approval.</summary>
[Authorize(Policy = DeskPolicies.Supervise)]
public sealed class ApprovalsModel(AnshinDbContext db) : PageModel
{
    public sealed record PendingReply(long CaseId, string ReceiptNumber, string Subject, string AuthorName, DateTime CreatedAt, DateOnly DueDate);

    public IReadOnlyList<PendingReply> Replies { get; private set; } = [];

    public int PendingExamples { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Replies = await (from m in db.Set<ConsultationMessage>().AsNoTracking()
                         join c in db.Set<Consultation>() on m.ConsultationId equals c.Id
                         where m.ReplyState == ReplyState.AwaitingApproval
                         orderby m.CreatedAt
                         select new PendingReply(c.Id, c.ReceiptNumber, m.Subject, m.AuthorName, m.CreatedAt, c.DueDate)).ToListAsync(ct);
        PendingExamples = await db.Set<CaseExample>().CountAsync(e => e.State == CaseExampleState.Proposed, ct);
    }
}
