using Anshin.Web.Areas.Knowledge.Pages.Navigator;
using Anshin.Web.Areas.Knowledge.Search;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Anshin.Web.Areas.Knowledge.Pages.Search;

/// <summary>The public site search: a plain GET form (works without script), ranked results with the matches marked.</summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(SiteSearchService search) : PageModel
{
    public SiteSearchResults Results { get; private set; } = SiteSearchResults.Empty("");

    public string Language { get; private set; } = "ja";

    public async Task OnGetAsync(string? q, string? lang, int? p, CancellationToken ct)
    {
        Language = NavigatorView.Language(lang);
        Results = await search.SearchAsync(q, Language, p ?? 1, ct);
    }
}
