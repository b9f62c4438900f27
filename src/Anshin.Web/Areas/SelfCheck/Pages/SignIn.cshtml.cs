using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.SelfCheck.Pages;

/// <summary>An organisation account signs in with its password, or asks for a one-time link by e-mail.</summary>
public sealed class SignInModel(OrganisationAccounts accounts, OrganisationSession session, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>The page that asked for sign-in (a path on this site).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool LinkSent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await accounts.PasswordSignInAsync(Email, Password, ct) is not { } organisation)
        {
            ModelState.AddModelError(nameof(Password), t["SelfCheck.SignIn.Failed"]);
            Password = null;
            return Page();
        }

        await session.SignInAsync(organisation);
        return OrganisationAccounts.IsLocalPath(ReturnUrl) ? LocalRedirect(ReturnUrl!) : RedirectToPage("History");
    }

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (Core.Text.ContactText.NormalizeEmail(Email) is null)
        {
            ModelState.AddModelError(nameof(Email), t["SelfCheck.SignIn.EmailInvalid"]);
            return Page();
        }

        await accounts.SendSignInLinkAsync(Email, UiLanguage.Current, ct, ReturnUrl);
        LinkSent = true;
        return Page();
    }
}
