using System.Globalization;
using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Anshin.Web.Areas.Otasuketai.Pages;

/// <summary>The public list of registered お助け隊 services, filtered by type, region, entry price and category.</summary>
public sealed class IndexModel(ServiceRegistry registry) : PageModel
{
    public const int PageSize = 20;

    public ServiceFilter Filter { get; private set; } = new();

    public IReadOnlyList<ListedService> Services { get; private set; } = [];

    public int Total { get; private set; }

    public int AllCount { get; private set; }

    public int CurrentPage { get; private set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(string? type, int? prefecture, long? maxMonthly, int? category, int p = 1, CancellationToken ct = default)
    {
        Filter = new ServiceFilter(ServiceTypes.TryParse(type, out var t) ? t : null, prefecture is >= 1 and <= 47 ? prefecture : null,
            maxMonthly is > 0 ? maxMonthly : null, category is 1 or 2 ? category : null);
        CurrentPage = Math.Clamp(p, 1, 10_000);
        (Services, Total) = await registry.SearchAsync(Filter, CurrentPage, PageSize, ct);
        AllCount = (await registry.AllAsync(ct)).Count;
    }

    public string PageLink(int page) => QueryHelpers.AddQueryString("/otasuketai", new Dictionary<string, string?>
    {
        ["type"] = Filter.Type?.ToString().ToLowerInvariant(),
        ["prefecture"] = Filter.Prefecture?.ToString(CultureInfo.InvariantCulture),
        ["maxMonthly"] = Filter.MaxEntryMonthly?.ToString(CultureInfo.InvariantCulture),
        ["category"] = Filter.Category?.ToString(CultureInfo.InvariantCulture),
        ["p"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value)));
}
