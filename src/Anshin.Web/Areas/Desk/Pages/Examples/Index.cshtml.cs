using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Desk.Pages.Examples;

/// <summary>Case examples: proposed ones for supervisors to approve or return, approved ones ready for the self-help site.</summary>
public sealed class IndexModel(AnshinDbContext db, CaseExamples examples, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<CaseExample> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Items = await db.Set<CaseExample>().AsNoTracking().OrderBy(e => e.State).ThenByDescending(e => e.ProposedAt).Take(200).ToListAsync(ct);

    public async Task<IActionResult> OnPostReviewAsync(int example, bool approve, string? comment, CancellationToken ct)
    {
        if (!DeskPolicies.CanSupervise(User))
        {
            return Forbid();
        }

        var result = await examples.ReviewAsync(example, approve, comment, await StaffActor.CurrentAsync(db, User, ct), ct);
        TempData["Flash"] = result.Succeeded ? t[approve ? "Example.Approved" : "Example.Returned"].Value : t[result.ErrorKey!, result.Args].Value;
        return RedirectToPage();
    }
}
