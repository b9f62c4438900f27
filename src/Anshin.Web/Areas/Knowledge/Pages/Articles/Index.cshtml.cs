using System.Globalization;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Knowledge.Pages.Articles;

/// <summary>The published articles in the reader's language, newest first, optionally of one type.</summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(AnshinDbContext db, TimeProvider clock) : PageModel
{
    private const int PageSize = 30;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public ArticleType? Type { get; private set; }

    /// <summary>The 手口 the list is limited to, when one was asked for (<c>?method=code</c>).</summary>
    public Method? Method { get; private set; }

    public int PageNumber { get; private set; }

    public bool HasMore { get; private set; }

    public async Task OnGetAsync(ArticleType? type, string? method, int p = 1, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ja";
        Type = type is { } t && Enum.IsDefined(t) ? t : null;
        PageNumber = Math.Clamp(p, 1, 10_000);
        var query = db.Set<Article>().AsNoTracking()
            .Where(a => a.Language == language && a.State == ArticleState.Published && a.PublishAt <= now);
        if (Type is { } only)
        {
            query = query.Where(a => a.Type == only);
        }

        if (method is { Length: > 0 and <= 50 })
        {
            Method = await db.Set<Method>().AsNoTracking().SingleOrDefaultAsync(m => m.Code == method, ct);
            var about = db.Set<ArticleMethod>().Where(m => m.MethodId == (Method == null ? 0 : Method.Id)).Select(m => m.ArticleId);
            query = query.Where(a => about.Contains(a.Id));
        }

        var skip = (PageNumber - 1) * PageSize;
        var take = PageSize + 1;
        var page = await query.OrderByDescending(a => a.PublishAt).ThenByDescending(a => a.Id).Skip(skip).Take(take)
            .Select(a => new Article { Id = a.Id, Slug = a.Slug, Type = a.Type, Title = a.Title, Summary = a.Summary, PublishAt = a.PublishAt })
            .ToListAsync(ct);
        HasMore = page.Count > PageSize;
        Articles = page.Take(PageSize).ToList();
    }
}
