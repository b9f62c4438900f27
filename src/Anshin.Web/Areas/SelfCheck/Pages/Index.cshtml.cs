using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Areas.SelfCheck.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.SelfCheck.Pages;

/// <summary>The self-diagnosis' front page: what it is, who should answer, and start, continue or come back.</summary>
public sealed class IndexModel(OrganisationSession session, SelfCheckDrafts drafts) : PageModel
{
    public Organisation? Organisation { get; private set; }

    public SelfCheckDraft? Draft { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organisation = await session.CurrentAsync(ct);
        Draft = await drafts.FindAsync(Organisation, ct);
    }

    /// <summary>Starts afresh (a draft in progress is kept only if the person chose to continue it).</summary>
    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        var organisation = await session.CurrentAsync(ct);
        var draft = await drafts.StartAsync(organisation, ct);
        return draft.Industry is null || draft.SizeBand is null
            ? RedirectToPage("Profile")
            : RedirectToPage("Part", new { number = 1 });
    }
}
