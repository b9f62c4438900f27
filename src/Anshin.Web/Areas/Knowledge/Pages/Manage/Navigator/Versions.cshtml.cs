using Anshin.Core.Content;
using Anshin.Web.Areas.Knowledge.Navigator;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Knowledge.Pages.Manage.Navigator;

/// <summary>A language's navigator versions: who changed what, an outline diff of one version against the current one, restore.</summary>
public sealed class VersionsModel(AnshinDbContext db, NavigatorEditor editor, IStringLocalizer<SharedResource> t) : PageModel
{
    public string Language { get; private set; } = "ja";

    public NavigatorState State { get; private set; } = new();

    public IReadOnlyList<NavigatorVersion> Versions { get; private set; } = [];

    public int? Compared { get; private set; }

    public IReadOnlyList<DiffLine> Diff { get; private set; } = [];

    public async Task OnGetAsync(string? lang, int? compare, CancellationToken ct)
    {
        Language = lang == "en" ? "en" : "ja";
        var (state, current) = await editor.DraftAsync(Language, ct);
        State = state;
        // The list without the documents; only the compared one is read.
        Versions = await db.Set<NavigatorVersion>().AsNoTracking().Where(v => v.Language == Language).OrderByDescending(v => v.Number)
            .Select(v => new NavigatorVersion { Number = v.Number, SavedAt = v.SavedAt, SavedBy = v.SavedBy, Note = v.Note, Language = v.Language })
            .ToListAsync(ct);
        if (compare is { } number && await editor.TreeAsync(Language, number, ct) is { } old)
        {
            Compared = number;
            Diff = LineDiff.Compare(old.ToOutline(), current.ToOutline());
        }
    }

    public async Task<IActionResult> OnPostRestoreAsync(string? lang, int number, CancellationToken ct)
    {
        Language = lang == "en" ? "en" : "ja";
        if (!await editor.RestoreAsync(Language, number, User.Identity?.Name ?? "", ct))
        {
            return NotFound();
        }

        TempData["Flash"] = t["Navigator.Versions.Restored", number].Value;
        return Redirect($"/staff/navigator?lang={Language}");
    }
}
