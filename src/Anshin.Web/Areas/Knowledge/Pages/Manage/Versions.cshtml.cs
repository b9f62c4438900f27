using Anshin.Core.Content;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Areas.Knowledge.Services;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Knowledge.Pages.Manage;

/// <summary>An article's versions: who saved what and when, the changes of one version against the current text, restore.</summary>
public sealed class VersionsModel(AnshinDbContext db, ArticleEditor editor, IStringLocalizer<SharedResource> t) : PageModel
{
    public Article Article { get; private set; } = null!;

    public IReadOnlyList<ArticleVersion> Versions { get; private set; } = [];

    public ArticleVersion? Compared { get; private set; }

    public IReadOnlyList<DiffLine> Diff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? compare, CancellationToken ct)
    {
        if (await db.Set<Article>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Versions = await db.Set<ArticleVersion>().AsNoTracking().Where(v => v.ArticleId == id).OrderByDescending(v => v.Number).ToListAsync(ct);
        Compared = compare is null ? null : Versions.FirstOrDefault(v => v.Number == compare);
        if (Compared is not null)
        {
            Diff = LineDiff.Compare(Text(Compared.Title, Compared.Summary, Compared.BodyMarkdown), Text(article.Title, article.Summary, article.BodyMarkdown));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, int number, CancellationToken ct)
    {
        if (await db.Set<Article>().FindAsync([id], ct) is not { } article)
        {
            return NotFound();
        }

        if (!await editor.RestoreAsync(article, number, User.Identity?.Name ?? "", ct))
        {
            return NotFound();
        }

        TempData["Flash"] = t["Articles.Restored", number, article.CurrentVersion].Value;
        return Redirect($"/staff/articles/edit/{id}");
    }

    // The title and summary are compared too, as the first lines.
    private static string Text(string title, string summary, string body) => $"# {title}\n{summary}\n\n{body}";
}
