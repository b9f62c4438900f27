using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Areas.Otasuketai.Services;
using Anshin.Web.Platform.Localization;
using Anshin.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Otasuketai.Pages.Provider;

/// <summary>
/// The application form, new (<c>/otasuketai/provider/services/new</c>) or a draft or returned application. The check
/// against the standard runs live while the provider types (script posts the form to <c>?handler=LiveCheck</c>, nothing
/// is saved) and on every save; submitting saves, checks against the current standard and sends it for review.
/// </summary>
[UncountedPostHandlers("LiveCheck")]
public sealed class EditModel(ServiceProviders providers, ServiceApplications applications, ServiceChecks checks, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ServiceInput Input { get; set; } = new();

    public OtasuketaiService? Service { get; private set; }

    public StandardCheckResult? Check { get; private set; }

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (await providers.CurrentAsync(ct) is not { } provider)
        {
            return Redirect(ServiceProviders.Home);
        }

        if (id is { } existing)
        {
            if (await applications.FindAsync(provider, existing, ct) is not { } service)
            {
                return NotFound();
            }

            if (!ServiceWorkflow.ProviderCanEdit(service.Status))
            {
                return Redirect($"{ServiceProviders.Home}/services/{service.Id}");
            }

            Service = service;
            Input = ServiceInput.From(service);
            Check = ServiceChecks.Stored(service);
        }
        else
        {
            Check = await checks.PreviewAsync(provider.Id, Input.ToOffer() with { Type = ServiceType.Network }, ct);
        }

        return Page();
    }

    /// <summary>Saves the draft (creating it the first time) and shows the check of what was saved.</summary>
    public async Task<IActionResult> OnPostSaveAsync(int? id, CancellationToken ct) => await SaveOrSubmitAsync(id, submit: false, ct);

    public async Task<IActionResult> OnPostSubmitAsync(int? id, CancellationToken ct) => await SaveOrSubmitAsync(id, submit: true, ct);

    /// <summary>The check of the form as it stands, as HTML for the panel beside the form. Nothing is saved.</summary>
    public async Task<IActionResult> OnPostLiveCheckAsync(CancellationToken ct)
    {
        if (await providers.CurrentAsync(ct) is not { } provider)
        {
            return Unauthorized();
        }

        var check = await checks.PreviewAsync(provider.Id, Input.ToOffer(), ct);
        return Partial("/Areas/Otasuketai/Pages/Shared/_CheckResult.cshtml", check);
    }

    private async Task<IActionResult> SaveOrSubmitAsync(int? id, bool submit, CancellationToken ct)
    {
        ModelState.Clear();
        if (await providers.CurrentAsync(ct) is not { } provider)
        {
            return Redirect(ServiceProviders.Home);
        }

        IReadOnlyList<ServiceInputError> errors;
        if (id is { } existing)
        {
            if (await applications.FindAsync(provider, existing, ct) is not { } service)
            {
                return NotFound();
            }

            Service = service;
            errors = submit
                ? await applications.SubmitAsync(service, Input, UiLanguage.Current, ct)
                : await applications.SaveAsync(service, Input, ct);
        }
        else
        {
            (Service, errors) = await applications.CreateAsync(provider, Input, ct);
            if (Service is not null && submit)
            {
                errors = await applications.SubmitAsync(Service, Input, UiLanguage.Current, ct);
            }
        }

        if (errors.Count > 0)
        {
            ServiceErrors.AddTo(ModelState, "Input", errors, t);
            Check = await checks.PreviewAsync(provider.Id, Input.ToOffer(), ct);
            return Page();
        }

        Flash = t[submit ? "Otasuketai.Edit.Submitted" : "Otasuketai.Edit.Saved"].Value;
        return submit
            ? Redirect($"{ServiceProviders.Home}/services/{Service!.Id}")
            : Redirect($"{ServiceProviders.Home}/services/{Service!.Id}/edit");
    }
}
