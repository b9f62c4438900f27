using Anshin.Core.SecurityAction;
using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Areas.SecurityAction.Services;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.SecurityAction.Pages;

/// <summary>
/// Applying for a declaration. ★ needs the details and the five pledges; ★★ also a recent self-diagnosis of the same
/// organisation and the URL of its published basic policy. Nothing is declared until the contact confirms the address.
/// </summary>
public sealed class ApplyModel(OrganisationSession session, OrganisationAccounts accounts, Declarations declarations,
    BasicPolicies policies, IStringLocalizer<SharedResource> t,
    Microsoft.Extensions.Options.IOptions<SecurityActionOptions> options) : PageModel
{
    public const string ResumeCodeKey = "SecurityAction.ResumeCode";

    [BindProperty]
    public DeclarationInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int Level { get; set; } = 1;

    public Organisation? Organisation { get; private set; }

    public SelfCheckResult? Diagnosis { get; private set; }

    public Declaration? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Current is { State: DeclarationState.Active or DeclarationState.Suspended })
        {
            return RedirectToPage("Declaration");
        }

        if (Organisation is { } o)
        {
            Input.Name = o.Name;
            Input.Industry = o.Industry;
            if (await policies.CurrentAsync(o.Id, ct) is { } policy)
            {
                Input.PolicyUrl = policy.PublishedUrl;
                Input.Name = string.IsNullOrEmpty(Input.Name) ? policy.OrganisationName : Input.Name;
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        ModelState.Clear();
        var organisation = Organisation;
        string? code = null;
        if (organisation is null)
        {
            if (Level == (int)DeclarationLevel.TwoStars)
            {
                ModelState.AddModelError("Input.Diagnosis", t["SecurityAction.Error.DiagnosisMissing", options.Value.DiagnosisValidityMonths]);
                return Page();
            }

            (organisation, code) = accounts.Create(Input.Industry, null);
        }

        var (declaration, errors) = await declarations.ApplyAsync(organisation, Input, (DeclarationLevel)Level, UiLanguage.Current, ct);
        if (declaration is null)
        {
            if (code is not null)
            {
                // The organisation made for this attempt was never saved: forget it.
                HttpContext.RequestServices.GetRequiredService<Platform.Data.AnshinDbContext>().Entry(organisation).State =
                    Microsoft.EntityFrameworkCore.EntityState.Detached;
            }

            DeclarationErrors.AddTo(ModelState, errors, t);
            return Page();
        }

        if (code is not null)
        {
            await session.SignInAsync(organisation);
            TempData[ResumeCodeKey] = code;
        }

        TempData["SecurityAction.AppliedTo"] = declaration.ContactEmail;
        return RedirectToPage("Applied");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Level = Level == (int)DeclarationLevel.TwoStars ? 2 : 1;
        Organisation = await session.CurrentAsync(ct);
        if (Organisation is { } o)
        {
            Diagnosis = await declarations.QualifyingDiagnosisAsync(o.Id, ct);
            Current = await declarations.CurrentAsync(o.Id, ct);
        }
    }
}
