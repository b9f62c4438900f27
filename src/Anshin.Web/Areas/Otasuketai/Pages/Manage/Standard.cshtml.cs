using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Areas.Otasuketai.Services;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Otasuketai.Pages.Manage;

/// <summary>
/// Administrators write a new version of the standard's rules when the standard changes: which requirements are
/// checked and their amounts. Versions are only added; applications keep the version they were checked against.
/// </summary>
public sealed class StandardModel(StandardVersions versions, IStringLocalizer<SharedResource> t) : PageModel
{
    public StandardRules Current { get; private set; } = StandardRules.Initial;

    public IReadOnlyList<StandardVersion> Versions { get; private set; } = [];

    [BindProperty]
    public string? Version { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public List<string> Enabled { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string?> Amounts { get; set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Enabled = Requirements.All.Where(r => Current.IsEnabled(r.Code)).Select(r => r.Code).ToList();
        Amounts = Requirements.All.Where(r => r.AmountLabel is not null)
            .ToDictionary(r => r.Code, r => (string?)Current.AmountOf(r.Code).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var settings = new Dictionary<string, RequirementSetting>();
        foreach (var requirement in Requirements.All)
        {
            int? amount = null;
            if (requirement.AmountLabel is not null)
            {
                if (AmountText.TryParse(Amounts.GetValueOrDefault(requirement.Code), out var value) != true)
                {
                    ModelState.AddModelError($"Amounts[{requirement.Code}]", t["Otasuketai.Error.AmountInvalid"]);
                    continue;
                }

                amount = value;
            }

            settings[requirement.Code] = new RequirementSetting(Enabled.Contains(requirement.Code), amount);
        }

        if (ModelState.IsValid && await versions.AddAsync(Version, settings, Note, User.Identity!.Name!, ct) is { } problem)
        {
            ModelState.AddModelError(nameof(Version), t[problem]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        Flash = t["Otasuketai.Standard.Added", Version ?? ""].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Current = await versions.CurrentAsync(ct);
        Versions = await versions.ListAsync(ct);
    }
}
