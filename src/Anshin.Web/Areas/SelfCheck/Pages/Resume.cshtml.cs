using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.SelfCheck.Pages;

/// <summary>Coming back with the resume code shown with the first result (counted by the sign-in rate limit).</summary>
public sealed class ResumeModel(OrganisationAccounts accounts, OrganisationSession session, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await accounts.ResumeAsync(Code, ct) is not { } organisation)
        {
            ModelState.AddModelError(nameof(Code), t[string.IsNullOrWhiteSpace(Code) ? "SelfCheck.Resume.Required" : "SelfCheck.Resume.Unknown"]);
            return Page();
        }

        await session.SignInAsync(organisation);
        return RedirectToPage("History");
    }
}
