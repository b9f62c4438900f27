using Anshin.Core.Content;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Areas.Knowledge.Navigator;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Knowledge.Search;

/// <summary>
/// Keeps the site search in step with what the public sees: an article is indexed while it is published (a scheduled
/// one with its future time) and removed when withdrawn; a navigator language's pages are replaced when it is published.
/// </summary>
public sealed class SiteIndexer(AnshinDbContext db, ISiteSearch search)
{
    public async Task IndexArticleAsync(Article article, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.State != ArticleState.Published || article.PublishAt is not { } at)
        {
            await RemoveAsync(SiteDocumentKind.Article, article.Language, article.Slug, ct);
            return;
        }

        await UpsertAsync(SiteDocumentKind.Article, article.Language, article.Slug, article.Title, article.Summary,
            MarkdownHtml.PlainText(article.BodyMarkdown), at, (int)article.Type, ct);
    }

    /// <summary>Removes an article's old address from the index (after its slug or language changed).</summary>
    public Task RemoveArticleAsync(string language, string slug, CancellationToken ct) =>
        RemoveAsync(SiteDocumentKind.Article, language, slug, ct);

    public async Task IndexNavigatorAsync(string language, NavigatorTree tree, DateTime publishedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in tree.All())
        {
            keys.Add(node.Key);
            var text = string.Join('\n', new[] { MarkdownHtml.PlainText(node.Body), node.Question }
                .Concat(node.Children.Select(c => c.Choice)).Where(s => s.Length > 0));
            await UpsertAsync(SiteDocumentKind.Navigator, language, node.Key, node.Title, node.Summary, text, publishedAt, -1, ct);
        }

        var gone = await db.Set<SiteDocument>()
            .Where(d => d.Kind == SiteDocumentKind.Navigator && d.Language == language && !keys.Contains(d.Key)).ToListAsync(ct);
        db.RemoveRange(gone);
        await db.SaveChangesAsync(ct);
    }

    private async Task UpsertAsync(SiteDocumentKind kind, string language, string key, string title, string summary, string text,
        DateTime publishAt, int type, CancellationToken ct)
    {
        var document = await db.Set<SiteDocument>().SingleOrDefaultAsync(d => d.Kind == kind && d.Language == language && d.Key == key, ct);
        if (document is null)
        {
            document = new SiteDocument { Kind = kind, Language = language, Key = key };
            db.Add(document);
        }

        document.Title = title;
        document.Summary = summary;
        document.Text = text;
        document.PublishAt = publishAt;
        document.Type = type;
        await db.SaveChangesAsync(ct);
        await search.IndexAsync(document, ct);
    }

    private async Task RemoveAsync(SiteDocumentKind kind, string language, string key, CancellationToken ct)
    {
        // The full-text row goes with the document (a trigger on SQLite, a cascading key on PostgreSQL).
        await db.Set<SiteDocument>().Where(d => d.Kind == kind && d.Language == language && d.Key == key).ExecuteDeleteAsync(ct);
    }
}
