using Anshin.Web.Areas.SelfCheck.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.SelfCheck.Pages;

/// <summary>
/// A one-time link from an e-mail (sign-in, or confirming the account's address). Opening it shows a button; only the
/// POST uses the link, so mail scanners that fetch links do not spend it.
/// </summary>
public sealed class LinkModel(OrganisationAccounts accounts, OrganisationSession session) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>Where to go after the link is used (a path on this site), e.g. the provider's page of the service registry.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Next { get; set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await accounts.UseLinkAsync(Token, ct) is not { } organisation)
        {
            Failed = true;
            return Page();
        }

        await session.SignInAsync(organisation);
        return OrganisationAccounts.IsLocalPath(Next) ? LocalRedirect(Next!) : RedirectToPage("History");
    }
}
