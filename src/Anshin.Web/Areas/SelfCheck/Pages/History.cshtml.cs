using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.SelfCheck.Pages;

/// <summary>Every result of the signed-in organisation, newest first, with the score over time as a chart.</summary>
public sealed class HistoryModel(OrganisationSession session, AnshinDbContext db) : PageModel
{
    public IReadOnlyList<SelfCheckResult> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await session.CurrentAsync(ct) is not { } organisation)
        {
            return RedirectToPage("Resume");
        }

        Results = await db.Set<SelfCheckResult>().AsNoTracking().Where(r => r.OrganisationId == organisation.Id)
            .OrderByDescending(r => r.TakenAt).ThenByDescending(r => r.Id).ToListAsync(ct);
        return Page();
    }
}
