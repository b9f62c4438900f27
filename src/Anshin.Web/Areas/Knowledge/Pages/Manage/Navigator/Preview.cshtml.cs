using Anshin.Web.Areas.Knowledge.Navigator;
using Anshin.Web.Areas.Knowledge.Pages.Navigator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.Knowledge.Pages.Manage.Navigator;

/// <summary>The current (unpublished) version walked exactly as the public will see it, links staying in the preview.</summary>
public sealed class PreviewModel(NavigatorReader reader) : PageModel
{
    public RenderedNavigator Navigator { get; private set; } = null!;

    public NavigatorView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? key, string? lang, CancellationToken ct)
    {
        if (await reader.DraftAsync(lang == "en" ? "en" : "ja", ct) is not { } nav)
        {
            return NotFound();
        }

        Navigator = nav;
        if (key is not null)
        {
            if (nav.Tree.Find(key) is not { } found)
            {
                return NotFound();
            }

            View = new NavigatorView(nav, found.Node, found.Ancestors, "/staff/navigator/preview", Preview: true);
        }

        return Page();
    }
}
