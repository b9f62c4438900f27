using Anshin.Web.Areas.Otasuketai.Services;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Otasuketai.Pages.Provider;

/// <summary>
/// A firm registers as a provider: its profile and, when it has no account yet, an e-mail address and a password. The
/// address is confirmed by a link before the account signs in; the profile is saved at once, so nothing typed is lost.
/// </summary>
public sealed class RegisterModel(ServiceProviders providers, OrganisationSession session, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ProviderInput Input { get; set; } = new();

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Signed in with a confirmed account: only the profile is asked.</summary>
    public bool HasAccount { get; private set; }

    public bool ConfirmationSent { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await providers.CurrentAsync(ct) is not null)
        {
            return Redirect(ServiceProviders.Home);
        }

        HasAccount = await session.CurrentAsync(ct) is { EmailConfirmedAt: not null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        HasAccount = await session.CurrentAsync(ct) is { EmailConfirmedAt: not null };
        var (outcome, errors) = await providers.RegisterAsync(Input, Email, Password, UiLanguage.Current, ct);
        switch (outcome)
        {
            case ProviderRegistration.Added:
                TempData["Flash"] = t["Otasuketai.Register.Added"].Value;
                return Redirect(ServiceProviders.Home);
            case ProviderRegistration.ConfirmationSent:
                ConfirmationSent = true;
                return Page();
            default:
                ServiceErrors.AddTo(ModelState, "Input", errors, t);
                Password = null;
                return Page();
        }
    }
}
