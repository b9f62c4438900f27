using System.Globalization;
using Anshin.Core.SecurityAction;
using Anshin.Core.Text;
using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Areas.SecurityAction.Services;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.SecurityAction.Pages;

/// <summary>
/// The basic-policy generator: the organisation's details and a few choices give a policy with the five sections.
/// Saved with the organisation as a new revision each time (an organisation without a session gets one, with a resume code).
/// </summary>
public sealed class PolicyModel(OrganisationSession session, OrganisationAccounts accounts, BasicPolicies policies,
    TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public PolicyForm Form { get; set; } = new();

    public BasicPolicyRevision? Current { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var organisation = await session.CurrentAsync(ct);
        Current = organisation is null ? null : await policies.CurrentAsync(organisation.Id, ct);
        Form = Current is { } p
            ? PolicyForm.From(p)
            : new PolicyForm
            {
                OrganisationName = organisation?.Name,
                EstablishedOn = Anshin.Core.Calendar.BusinessCalendar.ToTokyoDate(clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Language = UiLanguage.Current,
                ResponsibleTitle = t["Policy.DefaultResponsible"],
            };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var organisation = await session.CurrentAsync(ct);
        string? code = null;
        if (organisation is null)
        {
            (organisation, code) = accounts.Create(null, null);
        }

        // A date that does not parse stays unset, which the policy's own validation reports with the other fields.
        var (revision, errors) = await policies.SaveAsync(organisation, Form.ToInput(), Form.PublishedUrl, ct);
        if (revision is null)
        {
            if (code is not null)
            {
                HttpContext.RequestServices.GetRequiredService<Platform.Data.AnshinDbContext>().Entry(organisation).State =
                    Microsoft.EntityFrameworkCore.EntityState.Detached;
            }

            foreach (var e in errors)
            {
                ModelState.AddModelError("Form." + e.Field, t["Policy.Error." + e.ErrorKey]);
            }

            return Page();
        }

        if (code is not null)
        {
            await session.SignInAsync(organisation);
            TempData[ApplyModel.ResumeCodeKey] = code;
        }

        return RedirectToPage("PolicyDocument");
    }
}

/// <summary>The generator's form, as typed.</summary>
public sealed class PolicyForm
{
    public string? OrganisationName { get; set; }

    public string? RepresentativeTitle { get; set; }

    public string? RepresentativeName { get; set; }

    public string? EstablishedOn { get; set; }

    public PolicyScope Scope { get; set; }

    public string? ScopeDetail { get; set; }

    public string? ResponsibleTitle { get; set; }

    public ReviewCycle ReviewCycle { get; set; }

    public TrainingSchedule Training { get; set; }

    public bool IncludePartners { get; set; }

    public string? PublishedUrl { get; set; }

    public string Language { get; set; } = "ja";

    public BasicPolicyInput ToInput()
    {
        DateOnly.TryParseExact(ContactText.Normalize(EstablishedOn), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        return new BasicPolicyInput
        {
            OrganisationName = ContactText.Normalize(OrganisationName),
            RepresentativeTitle = ContactText.Normalize(RepresentativeTitle),
            RepresentativeName = ContactText.Normalize(RepresentativeName),
            EstablishedOn = date,
            Scope = Scope,
            ScopeDetail = ContactText.Normalize(ScopeDetail),
            ResponsibleTitle = ContactText.Normalize(ResponsibleTitle),
            ReviewCycle = ReviewCycle,
            Training = Training,
            IncludePartners = IncludePartners,
            Language = Language == "en" ? "en" : "ja",
        };
    }

    public static PolicyForm From(BasicPolicyRevision p) => new()
    {
        OrganisationName = p.OrganisationName,
        RepresentativeTitle = p.RepresentativeTitle,
        RepresentativeName = p.RepresentativeName,
        EstablishedOn = p.EstablishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Scope = (PolicyScope)p.Scope,
        ScopeDetail = p.ScopeDetail,
        ResponsibleTitle = p.ResponsibleTitle,
        ReviewCycle = (ReviewCycle)p.ReviewCycle,
        Training = (TrainingSchedule)p.Training,
        IncludePartners = p.IncludePartners,
        PublishedUrl = p.PublishedUrl,
        Language = p.Language,
    };
}
