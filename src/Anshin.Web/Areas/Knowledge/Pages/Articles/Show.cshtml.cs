using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Areas.Knowledge.Pages.Navigator;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Knowledge.Pages.Articles;

/// <summary>
/// One published article. The reader's language is preferred (or the one asked for with <c>?lang=</c>); an article
/// written only in the other language is shown in that language, marked as such. Drafts, withdrawn and scheduled
/// articles are not found.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ShowModel(AnshinDbContext db, TimeProvider clock) : PageModel
{
    public Article Article { get; private set; } = null!;

    /// <summary>The same article in the other language, when it is public too.</summary>
    public Article? Counterpart { get; private set; }

    /// <summary>The 手口 the article is about.</summary>
    public IReadOnlyList<Method> Methods { get; private set; } = [];

    /// <summary>Other public articles in the same language about one of the same 手口, newest first.</summary>
    public IReadOnlyList<Article> Related { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, string? lang, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var preferred = NavigatorView.Language(lang);
        // One lookup per language on the unique (language, slug) index; a filter on the slug alone would let the
        // database walk every published article instead.
        var other = preferred == "ja" ? "en" : "ja";
        var article = await PublicAsync(preferred, slug, now, ct) ?? await PublicAsync(other, slug, now, ct);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        if (article.CounterpartId is { } counterpart)
        {
            Counterpart = await db.Set<Article>().AsNoTracking()
                .SingleOrDefaultAsync(a => a.Id == counterpart && a.State == ArticleState.Published && a.PublishAt <= now, ct);
        }

        var methodIds = await db.Set<ArticleMethod>().Where(m => m.ArticleId == article.Id).Select(m => m.MethodId).ToListAsync(ct);
        Methods = await db.Set<Method>().AsNoTracking().Where(m => methodIds.Contains(m.Id)).OrderBy(m => m.SortOrder).ToListAsync(ct);
        if (methodIds.Count > 0)
        {
            var relatedIds = db.Set<ArticleMethod>().Where(m => methodIds.Contains(m.MethodId) && m.ArticleId != article.Id).Select(m => m.ArticleId);
            Related = await db.Set<Article>().AsNoTracking()
                .Where(a => relatedIds.Contains(a.Id) && a.Language == article.Language && a.State == ArticleState.Published && a.PublishAt <= now)
                .OrderByDescending(a => a.PublishAt).Take(5).ToListAsync(ct);
        }

        return Page();
    }

    private Task<Article?> PublicAsync(string language, string slug, DateTime now, CancellationToken ct) =>
        db.Set<Article>().AsNoTracking()
            .SingleOrDefaultAsync(a => a.Language == language && a.Slug == slug && a.State == ArticleState.Published && a.PublishAt <= now, ct);
}
