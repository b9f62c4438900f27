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
        var existing = await db.Set<SiteDocument>()
            .Where(d => d.Kind == SiteDocumentKind.Navigator && d.Language == language).ToDictionaryAsync(d => d.Key, StringComparer.Ordinal, ct);
        var documents = new List<SiteDocument>();
        foreach (var node in tree.All())
        {
            if (!existing.Remove(node.Key, out var document))
            {
                document = new SiteDocument { Kind = SiteDocumentKind.Navigator, Language = language, Key = node.Key, Type = -1 };
                db.Add(document);
            }

            document.Title = node.Title;
            document.Summary = node.Summary;
            document.Text = string.Join('\n', new[] { MarkdownHtml.PlainText(node.Body), node.Question }
                .Concat(node.Children.Select(c => c.Choice)).Where(s => s.Length > 0));
            document.PublishAt = publishedAt;
            documents.Add(document);
        }

        // What is left were pages of the previous version.
        db.RemoveRange(existing.Values);
        await db.SaveChangesAsync(ct);
        foreach (var document in documents)
        {
            await search.IndexAsync(document, ct);
        }
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
