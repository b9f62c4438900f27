using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.SelfCheck.Pages;

/// <summary>
/// The signed-in organisation's settings: its name, an account (address and password) so it need not keep the resume
/// code, a new resume code, and signing out.
/// </summary>
public sealed class AccountModel(OrganisationSession session, OrganisationAccounts accounts, AnshinDbContext db,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? NewResumeCode { get; private set; }

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await session.CurrentAsync(ct) is not { } organisation)
        {
            return RedirectToPage("Resume");
        }

        Organisation = organisation;
        Name = organisation.Name;
        Email = organisation.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostNameAsync(CancellationToken ct)
    {
        if (await session.CurrentAsync(ct) is not { } organisation)
        {
            return RedirectToPage("Resume");
        }

        Organisation = organisation;
        ModelState.Clear();
        var name = Core.Text.ContactText.Normalize(Name);
        if (name.Length > 200)
        {
            ModelState.AddModelError(nameof(Name), t["SelfCheck.Account.NameTooLong"]);
            return Page();
        }

        organisation.Name = name;
        await db.SaveChangesAsync(ct);
        Flash = t["SelfCheck.Account.Saved"];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken ct)
    {
        if (await session.CurrentAsync(ct) is not { } organisation)
        {
            return RedirectToPage("Resume");
        }

        Organisation = organisation;
        Name = organisation.Name;
        ModelState.Clear();
        var (outcome, problems) = await accounts.RegisterAsync(organisation, Email, Password, UiLanguage.Current, ct);
        switch (outcome)
        {
            case RegisterOutcome.EmailInvalid:
                ModelState.AddModelError(nameof(Email), t["SelfCheck.SignIn.EmailInvalid"]);
                break;
            case RegisterOutcome.EmailTaken:
                ModelState.AddModelError(nameof(Email), t["SelfCheck.Account.EmailTaken"]);
                break;
            case RegisterOutcome.PasswordWeak:
                foreach (var p in problems)
                {
                    ModelState.AddModelError(nameof(Password), PasswordMessages.Describe(p, t));
                }

                break;
            default:
                // The stamp changed: keep this browser signed in with the new one.
                await session.SignInAsync(organisation);
                Flash = t["SelfCheck.Account.ConfirmSent"];
                return RedirectToPage();
        }

        Password = null;
        return Page();
    }

    public async Task<IActionResult> OnPostResumeCodeAsync(CancellationToken ct)
    {
        if (await session.CurrentAsync(ct) is not { } organisation)
        {
            return RedirectToPage("Resume");
        }

        Organisation = organisation;
        Name = organisation.Name;
        Email = organisation.Email;
        NewResumeCode = await accounts.RenewResumeCodeAsync(organisation, ct);
        await session.SignInAsync(organisation);
        return Page();
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await session.SignOutAsync();
        return Redirect("/self-check");
    }
}
