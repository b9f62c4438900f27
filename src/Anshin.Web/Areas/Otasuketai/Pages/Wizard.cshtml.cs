using System.Globalization;
using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Services;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Otasuketai.Pages;

/// <summary>
/// The matching wizard: a few questions about the firm, then the services that fit it, cheapest first, each with its
/// monthly estimate and why it fits. A GET form, so results can be bookmarked and it works without JavaScript.
/// </summary>
public sealed class WizardModel(ServiceRegistry registry, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int MaxShown = 50;

    [BindProperty(SupportsGet = true)]
    public WizardAnswers Answers { get; set; } = new();

    public MatchNeed? Need { get; private set; }

    public IReadOnlyList<(ListedService Service, ServiceMatch Match)> Matches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (!Answers.Asked)
        {
            return;
        }

        if (Answers.Read(ModelState, t) is { } need)
        {
            Need = need;
            Matches = await registry.MatchAsync(need, ct);
        }
    }
}

/// <summary>The wizard's answers as typed (full-width digits and "10,000円" accepted).</summary>
public sealed class WizardAnswers
{
    public string? Pcs { get; set; }

    public string? Servers { get; set; }

    public string? Sites { get; set; }

    public int? Prefecture { get; set; }

    public string? Device { get; set; }

    public string? OnSite { get; set; }

    public string? Budget { get; set; }

    /// <summary>True once the form was sent (the number of PCs is its first question).</summary>
    public bool Asked => Pcs is not null || Prefecture is not null;

    public MatchNeed? Read(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, IStringLocalizer<SharedResource> t)
    {
        int? Count(string? text, string field, string key)
        {
            var given = AmountText.TryParse(text, out var value);
            if (given == false)
            {
                state.AddModelError($"Answers.{field}", t[key]);
                return null;
            }

            return given == true ? value : null;
        }

        var pcs = Count(Pcs, nameof(Pcs), "Otasuketai.Wizard.Error.Pcs") ?? (string.IsNullOrWhiteSpace(Pcs) ? -1 : null);
        var servers = Count(Servers, nameof(Servers), "Otasuketai.Wizard.Error.Servers");
        var sites = Count(Sites, nameof(Sites), "Otasuketai.Wizard.Error.Sites");
        var budget = Count(Budget, nameof(Budget), "Otasuketai.Wizard.Error.Budget");
        if (!state.IsValid)
        {
            return null;
        }

        var (need, errors) = WizardQuestions.Read(pcs, servers, sites, Prefecture, Device, OnSite is null ? null : OnSite == "yes", budget);
        foreach (var (key, message) in errors)
        {
            var field = key switch
            {
                "pcs" => nameof(Pcs),
                "servers" => nameof(Servers),
                "sites" => nameof(Sites),
                "prefecture" => nameof(Prefecture),
                "hasNetworkDevice" => nameof(Device),
                _ => nameof(Budget),
            };
            state.AddModelError($"Answers.{field}", t[message]);
        }

        return need;
    }

    public string Query() => string.Join("&", new Dictionary<string, string?>
    {
        ["Answers.Pcs"] = Pcs,
        ["Answers.Servers"] = Servers,
        ["Answers.Sites"] = Sites,
        ["Answers.Prefecture"] = Prefecture?.ToString(CultureInfo.InvariantCulture),
        ["Answers.Device"] = Device,
        ["Answers.OnSite"] = OnSite,
        ["Answers.Budget"] = Budget,
    }.Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value!)}"));
}
