using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Services;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Otasuketai.Pages;

/// <summary>Up to three services side by side, each costed for the firm's answers from the wizard.</summary>
public sealed class CompareModel(ServiceRegistry registry, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int MaxServices = 3;

    [BindProperty(SupportsGet = true)]
    public WizardAnswers Answers { get; set; } = new();

    public MatchNeed? Need { get; private set; }

    public IReadOnlyList<(ListedService Service, ServiceMatch? Match)> Columns { get; private set; } = [];

    public bool TooMany { get; private set; }

    public async Task OnGetAsync(int[] ids, CancellationToken ct)
    {
        ModelState.Clear();
        Need = Answers.Asked ? Answers.Read(ModelState, t) : null;
        TooMany = ids.Distinct().Count() > MaxServices;
        var columns = new List<(ListedService, ServiceMatch?)>();
        foreach (var id in ids.Distinct().Take(MaxServices))
        {
            if (await registry.FindAsync(id, ct) is { } service)
            {
                columns.Add((service, Need is null ? null : ServiceMatcher.Match(Need, service.Offer)));
            }
        }

        Columns = columns;
    }
}
