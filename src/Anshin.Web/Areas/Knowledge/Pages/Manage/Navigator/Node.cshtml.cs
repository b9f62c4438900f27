using Anshin.Core.Content;
using Anshin.Web.Areas.Knowledge.Navigator;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Knowledge.Pages.Manage.Navigator;

/// <summary>
/// Writes one navigator page: a new symptom (first level), a new answer under a question, or an existing node; and
/// deletes a node with what is below it. Every save is a new version of the tree, refused when someone else saved
/// since the form was opened (<see cref="BasedOn"/>).
/// </summary>
public sealed class NodeModel(NavigatorEditor editor, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public NavigatorNodeInput Input { get; set; } = new();

    /// <summary>The version the form was made from.</summary>
    [BindProperty]
    public int BasedOn { get; set; }

    public string Language { get; private set; } = "ja";

    public NavigatorNode? Existing { get; private set; }

    public NavigatorNode? Parent { get; private set; }

    /// <summary>The nodes above the one being written, first level first.</summary>
    public IReadOnlyList<NavigatorNode> Path { get; private set; } = [];

    public bool IsRoot => Path.Count == 0;

    public string? PreviewHtml { get; private set; }

    private NavigatorTree tree = new();

    public async Task<IActionResult> OnGetAsync(string? lang, string? key, string? parent, CancellationToken ct)
    {
        if (!await LoadAsync(lang, key, parent, ct))
        {
            return NotFound();
        }

        if (Existing is not null)
        {
            Input = NavigatorNodeInput.From(Existing);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string? lang, string? key, string? parent, CancellationToken ct)
    {
        if (!await LoadAsync(lang, key, parent, ct, keepBasedOn: true))
        {
            return NotFound();
        }

        Input.Normalize();
        PreviewHtml = MarkdownHtml.Render(Input.Body);
        return Page();
    }

    /// <summary>The live preview's request (article-preview.js).</summary>
    public ContentResult OnPostRender()
    {
        Input.Normalize();
        return Content(Input.Body.Length <= NavigatorNodeInput.MaxBody ? MarkdownHtml.Render(Input.Body) : "", "text/html; charset=utf-8");
    }

    public async Task<IActionResult> OnPostSaveAsync(string? lang, string? key, string? parent, CancellationToken ct)
    {
        if (!await LoadAsync(lang, key, parent, ct, keepBasedOn: true))
        {
            return NotFound();
        }

        var changed = tree.Clone();
        var problems = NavigatorEdits.Write(changed, Existing?.Key, Parent?.Key, Input);
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError(field.Length == 0 ? "" : $"{nameof(Input)}.{field}", t[message]);
        }

        if (problems.Count > 0)
        {
            PreviewHtml = MarkdownHtml.Render(Input.Body);
            return Page();
        }

        var note = Input.Note.Length > 0 ? Input.Note : $"{(Existing is null ? "+" : "✎")} {Input.Key}";
        var saved = await editor.SaveAsync(Language, changed, BasedOn, note, User.Identity?.Name ?? "", ct);
        if (saved is null)
        {
            ModelState.AddModelError("", t["Navigator.Error.Conflict"]);
            return Page();
        }

        TempData["Flash"] = t["Navigator.Node.Saved", Input.Title, saved].Value;
        return Redirect($"/staff/navigator?lang={Language}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? lang, string key, bool confirm, CancellationToken ct)
    {
        if (!await LoadAsync(lang, key, null, ct, keepBasedOn: true) || Existing is null)
        {
            return NotFound();
        }

        if (!confirm)
        {
            Input = NavigatorNodeInput.From(Existing);
            ModelState.AddModelError("", t["Navigator.Node.DeleteNotConfirmed"]);
            return Page();
        }

        var changed = tree.Clone();
        NavigatorEdits.Delete(changed, key);
        var saved = await editor.SaveAsync(Language, changed, BasedOn, $"− {key}", User.Identity?.Name ?? "", ct);
        TempData["Flash"] = saved is null ? t["Navigator.Error.Conflict"].Value : t["Navigator.Node.Deleted", Existing.Title, saved].Value;
        return Redirect($"/staff/navigator?lang={Language}");
    }

    private async Task<bool> LoadAsync(string? lang, string? key, string? parent, CancellationToken ct, bool keepBasedOn = false)
    {
        Language = lang == "en" ? "en" : "ja";
        var (state, current) = await editor.DraftAsync(Language, ct);
        tree = current;
        if (!keepBasedOn)
        {
            BasedOn = state.CurrentVersion;
        }

        if (!string.IsNullOrEmpty(key))
        {
            if (tree.Find(key) is not { } found)
            {
                return false;
            }

            Existing = found.Node;
            Path = found.Ancestors;
            Parent = found.Ancestors.Count > 0 ? found.Ancestors[^1] : null;
        }
        else if (!string.IsNullOrEmpty(parent))
        {
            if (tree.Find(parent) is not { } found)
            {
                return false;
            }

            Parent = found.Node;
            Path = [.. found.Ancestors, found.Node];
        }

        return true;
    }
}
