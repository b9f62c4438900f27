using Anshin.Web.Areas.Knowledge.Navigator;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Knowledge.Pages.Manage.Navigator;

/// <summary>
/// The navigator of one language as an outline: every node with its answer, kind and key; add, edit, reorder and
/// preview; supervisors publish the current version once <see cref="NavigatorTree.Problems"/> finds nothing.
/// </summary>
public sealed class IndexModel(NavigatorEditor editor, IAuthorizationService authorization, IStringLocalizer<SharedResource> t) : PageModel
{
    public string Language { get; private set; } = "ja";

    public NavigatorState State { get; private set; } = new();

    public NavigatorTree Tree { get; private set; } = new();

    public bool CanPublish { get; private set; }

    public IReadOnlyList<(string Key, string Message)> Problems { get; private set; } = [];

    public async Task OnGetAsync(string? lang, CancellationToken ct) => await LoadAsync(lang, ct);

    public async Task<IActionResult> OnPostMoveAsync(string? lang, string key, int by, int basedOn, CancellationToken ct)
    {
        await LoadAsync(lang, ct);
        var tree = Tree.Clone();
        if (!NavigatorEdits.Move(tree, key, by))
        {
            return Redirect($"/staff/navigator?lang={Language}");
        }

        var moved = tree.Find(key)!.Value.Node;
        var saved = await editor.SaveAsync(Language, tree, basedOn, $"{(by < 0 ? "↑" : "↓")} {key}", User.Identity?.Name ?? "", ct);
        TempData["Flash"] = saved is null ? t["Navigator.Error.Conflict"].Value : t["Navigator.Manage.Moved", moved.Title, saved].Value;
        return Redirect($"/staff/navigator?lang={Language}");
    }

    public async Task<IActionResult> OnPostPublishAsync(string? lang, CancellationToken ct)
    {
        await LoadAsync(lang, ct);
        if (!CanPublish)
        {
            return Forbid();
        }

        Problems = await editor.PublishAsync(Language, User.Identity?.Name ?? "", ct);
        if (Problems.Count > 0)
        {
            return Page();
        }

        TempData["Flash"] = t["Navigator.Manage.PublishedNow", State.CurrentVersion].Value;
        return Redirect($"/staff/navigator?lang={Language}");
    }

    private async Task LoadAsync(string? lang, CancellationToken ct)
    {
        Language = lang == "en" ? "en" : "ja";
        CanPublish = (await authorization.AuthorizeAsync(User, KnowledgePolicies.Publish)).Succeeded;
        (State, Tree) = await editor.DraftAsync(Language, ct);
    }
}
