using Anshin.Web.Areas.Knowledge.Navigator;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Anshin.Web.Areas.Knowledge.Pages.Navigator;

/// <summary>
/// One page of the published navigator: a question with its answers as plain links (no script needed), or guidance
/// ending with the way to the desk, the symptom and the answers given travelling with it. The address holds only the
/// node's key: the tree gives the path.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class NodeModel(NavigatorReader reader) : PageModel
{
    public NavigatorView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, string? lang, CancellationToken ct)
    {
        var language = NavigatorView.Language(lang);
        foreach (var candidate in new[] { language, language == "ja" ? "en" : "ja" })
        {
            if (await reader.PublishedAsync(candidate, ct) is { } nav && nav.Tree.Find(key) is { } found)
            {
                View = new NavigatorView(nav, found.Node, found.Ancestors, "/navigator", Preview: false);
                return Page();
            }
        }

        return NotFound();
    }
}
