using Anshin.Core.Organisations;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Areas.SelfCheck.Services;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.SelfCheck.Pages;

/// <summary>Industry and size, asked once: they decide which organisations the result is compared with.</summary>
public sealed class ProfileModel(OrganisationSession session, SelfCheckDrafts drafts, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string? Industry { get; set; }

    [BindProperty]
    public int? SizeBand { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var organisation = await session.CurrentAsync(ct);
        var draft = await drafts.FindAsync(organisation, ct) ?? await drafts.StartAsync(organisation, ct);
        Industry = draft.Industry ?? organisation?.Industry;
        SizeBand = draft.SizeBand ?? organisation?.SizeBand;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var organisation = await session.CurrentAsync(ct);
        var draft = await drafts.FindAsync(organisation, ct) ?? await drafts.StartAsync(organisation, ct);
        ModelState.Clear();
        if (!Industries.IsValid(Industry))
        {
            ModelState.AddModelError(nameof(Industry), t["SelfCheck.Error.Industry"]);
        }

        if (SizeBand is not { } size || !SizeBands.IsValid(size))
        {
            ModelState.AddModelError(nameof(SizeBand), t["SelfCheck.Error.SizeBand"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        draft.Industry = Industry;
        draft.SizeBand = SizeBand;
        await drafts.SaveAsync(draft, new Dictionary<int, Core.SelfCheck.SelfCheckAnswer>(), ct);
        return RedirectToPage("Part", new { number = SelfCheckFlow.FirstOpenPart(draft) });
    }
}
