using Anshin.Core.Indicators;
using Anshin.Web.Areas.Statistics.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.Statistics.Pages.Manage;

/// <summary>
/// The scam-wave early warning (<c>/staff/statistics/indicators</c>): numbers, domains, senders, e-money demands and
/// amounts named by several recent cases, the fastest-growing first; one indicator's cases with <c>?kind=&amp;value=</c>.
/// </summary>
public sealed class IndicatorsModel(IndicatorBoard board) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public IndicatorKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Value { get; set; }

    public IReadOnlyList<IndicatorTrend> Trends { get; private set; } = [];

    public string? Display { get; private set; }

    public IReadOnlyList<IndicatorCase> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Kind is { } kind && !string.IsNullOrEmpty(Value))
        {
            (Display, Cases) = await board.CasesAsync(kind, Value, ct);
            return;
        }

        Trends = await board.TrendsAsync(Kind is { } k && Enum.IsDefined(k) ? k : null, ct);
    }
}
