using Anshin.Web.Areas.Knowledge.Navigator;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Anshin.Web.Areas.Knowledge.Pages.Navigator;

/// <summary>The navigator's start (よくあるご相談): the symptoms to pick from, in the reader's language.</summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(NavigatorReader reader) : PageModel
{
    public RenderedNavigator? Navigator { get; private set; }

    public async Task OnGetAsync(string? lang, CancellationToken ct)
    {
        var language = NavigatorView.Language(lang);
        Navigator = await reader.PublishedAsync(language, ct) ?? await reader.PublishedAsync(language == "ja" ? "en" : "ja", ct);
    }
}
