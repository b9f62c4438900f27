using System.Globalization;
using Anshin.Core.Content;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Areas.Knowledge.Search;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Knowledge.Services;

/// <summary>
/// Changes to articles: every save renders the Markdown (ADR 0009) and adds a version; publishing now or at a time,
/// withdrawing, and restoring an old version (as a new version, so nothing is lost). Each change is audited, keeps the
/// site search in step (<see cref="SiteIndexer"/>) and clears
/// the public output cache (a scheduled article appears within its lifetime, 30 s). The
/// caller has checked the draft (<see cref="ArticleDraft.Problems"/>) and the writer's rights.
/// </summary>
public sealed class ArticleEditor(AnshinDbContext db, AuditLog audit, IOutputCacheStore cache, TimeProvider clock, SiteIndexer indexer)
{
    /// <summary>True when another article in the same language already uses the slug.</summary>
    public Task<bool> SlugTakenAsync(ArticleDraft draft, int? articleId, CancellationToken ct) =>
        db.Set<Article>().AnyAsync(a => a.Language == draft.Language && a.Slug == draft.Slug && a.Id != (articleId ?? 0), ct);

    public async Task<Article> SaveAsync(Article? article, ArticleDraft draft, string savedBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (oldLanguage, oldSlug) = (article?.Language, article?.Slug);
        if (article is null)
        {
            article = new Article { CreatedAt = now, State = ArticleState.Draft };
            db.Add(article);
        }

        article.Slug = draft.Slug;
        article.Language = draft.Language;
        article.Type = draft.Type;
        article.Title = draft.Title;
        article.Summary = draft.Summary;
        article.BodyMarkdown = draft.Body;
        article.BodyHtml = MarkdownHtml.Render(draft.Body);
        article.UpdatedAt = now;
        article.CurrentVersion++;
        await db.SaveChangesAsync(ct);

        await LinkCounterpartAsync(article, draft.CounterpartId, ct);
        await SetMethodsAsync(article.Id, draft.MethodIds, ct);
        db.Add(new ArticleVersion
        {
            ArticleId = article.Id,
            Number = article.CurrentVersion,
            Title = article.Title,
            Summary = article.Summary,
            BodyMarkdown = article.BodyMarkdown,
            SavedAt = now,
            SavedBy = savedBy,
            Note = draft.Note,
        });
        audit.Add(KnowledgeAudit.ArticleSaved, Target(article), detail: $"v{article.CurrentVersion} {article.Title}");
        await db.SaveChangesAsync(ct);
        if (oldSlug is not null && (oldSlug != article.Slug || oldLanguage != article.Language))
        {
            await indexer.RemoveArticleAsync(oldLanguage!, oldSlug, ct);
        }

        await indexer.IndexArticleAsync(article, ct);
        await PublicPageCache.EvictAsync(cache, ct);
        return article;
    }

    /// <summary>Publishes at <paramref name="at"/> (UTC), or now when it is null or already past.</summary>
    public async Task PublishAsync(Article article, DateTime? at, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        article.State = ArticleState.Published;
        article.PublishAt = at is { } when && when > now ? when : now;
        article.UpdatedAt = now;
        audit.Add(KnowledgeAudit.ArticlePublished, Target(article), detail: article.PublishAt.Value.ToString("O", CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        await indexer.IndexArticleAsync(article, ct);
        await PublicPageCache.EvictAsync(cache, ct);
    }

    public async Task WithdrawAsync(Article article, CancellationToken ct)
    {
        article.State = ArticleState.Withdrawn;
        article.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(KnowledgeAudit.ArticleWithdrawn, Target(article));
        await db.SaveChangesAsync(ct);
        await indexer.IndexArticleAsync(article, ct);
        await PublicPageCache.EvictAsync(cache, ct);
    }

    /// <summary>Makes version <paramref name="number"/> the current text again, as a new version.</summary>
    public async Task<bool> RestoreAsync(Article article, int number, string savedBy, CancellationToken ct)
    {
        var old = await db.Set<ArticleVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.ArticleId == article.Id && v.Number == number, ct);
        if (old is null)
        {
            return false;
        }

        var methods = await db.Set<ArticleMethod>().Where(m => m.ArticleId == article.Id).Select(m => m.MethodId).ToListAsync(ct);
        var draft = ArticleDraft.From(article, methods);
        (draft.Title, draft.Summary, draft.Body) = (old.Title, old.Summary, old.BodyMarkdown);
        draft.Note = string.Create(CultureInfo.InvariantCulture, $"restore v{number}");
        await SaveAsync(article, draft, savedBy, ct);
        audit.Add(KnowledgeAudit.ArticleRestored, Target(article), detail: draft.Note);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Replaces the article's 手口 with <paramref name="methodIds"/> (unknown ids are ignored).</summary>
    private async Task SetMethodsAsync(int articleId, IReadOnlyCollection<int> methodIds, CancellationToken ct)
    {
        var known = await db.Set<Method>().Where(m => methodIds.Contains(m.Id)).Select(m => m.Id).ToListAsync(ct);
        var current = await db.Set<ArticleMethod>().Where(m => m.ArticleId == articleId).ToListAsync(ct);
        db.RemoveRange(current.Where(m => !known.Contains(m.MethodId)));
        db.AddRange(known.Where(id => current.All(m => m.MethodId != id)).Select(id => new ArticleMethod { ArticleId = articleId, MethodId = id }));
    }

    /// <summary>Links the two language versions both ways (and unlinks what either was linked to before).</summary>
    private async Task LinkCounterpartAsync(Article article, int? counterpartId, CancellationToken ct)
    {
        if (article.CounterpartId == counterpartId)
        {
            return;
        }

        var previous = article.CounterpartId is { } p ? await db.Set<Article>().FindAsync([p], ct) : null;
        if (previous?.CounterpartId == article.Id)
        {
            previous.CounterpartId = null;
        }

        var counterpart = counterpartId is { } c ? await db.Set<Article>().FindAsync([c], ct) : null;
        if (counterpart is null || counterpart.Id == article.Id || counterpart.Language == article.Language)
        {
            article.CounterpartId = null;
            return;
        }

        if (counterpart.CounterpartId is { } theirs && theirs != article.Id && await db.Set<Article>().FindAsync([theirs], ct) is { } other)
        {
            other.CounterpartId = null;
        }

        counterpart.CounterpartId = article.Id;
        article.CounterpartId = counterpart.Id;
    }

    private static string Target(Article a) => string.Create(CultureInfo.InvariantCulture, $"article:{a.Id}");
}
