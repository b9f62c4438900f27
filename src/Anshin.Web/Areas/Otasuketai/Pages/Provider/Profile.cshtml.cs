using Anshin.Web.Areas.Otasuketai.Services;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Otasuketai.Pages.Provider;

/// <summary>The provider changes its profile (audited).</summary>
public sealed class ProfileModel(ServiceProviders providers, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ProviderInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await providers.CurrentAsync(ct) is not { } provider)
        {
            return Redirect(ServiceProviders.Home);
        }

        Input = ProviderInput.From(provider);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await providers.CurrentAsync(ct) is not { } provider)
        {
            return Redirect(ServiceProviders.Home);
        }

        var errors = await providers.UpdateAsync(provider, Input, ct);
        if (errors.Count > 0)
        {
            ServiceErrors.AddTo(ModelState, "Input", errors, t);
            return Page();
        }

        TempData["Flash"] = t["Otasuketai.Profile.Saved"].Value;
        return Redirect(ServiceProviders.Home);
    }
}
