using System.Net;
using System.Text;
using Anshin.Core.Search;
using Anshin.Web.Areas.Knowledge.Pages.Navigator;
using Anshin.Web.Platform.Hosting;

namespace Anshin.Web.Areas.Knowledge.Search;

/// <summary>
/// <c>GET /api/search?q=&amp;lang=&amp;p=</c>: the public site search as JSON — the same results as the search page,
/// with each snippet as plain text and as HTML whose matches are in <c>&lt;mark&gt;</c> (everything else encoded).
/// </summary>
public static class SiteSearchApi
{
    public static void MapSiteSearchApi(this WebApplication app) =>
        app.MapGet("/api/search", SearchAsync)
            .WithTags("Self-help")
            .WithSummary("Search the public articles and navigator pages")
            .WithDescription("Japanese-aware: two-character words match, full-width and half-width forms and upper and lower case are the same. Twenty results a page, best first.")
            .CacheOutput(PublicPageCache.Policy)
            .AllowAnonymous();

    private static async Task<IResult> SearchAsync(string? q, string? lang, int? p, SiteSearchService search, CancellationToken ct)
    {
        var language = NavigatorView.Language(lang);
        var results = await search.SearchAsync(q, language, p ?? 1, ct);
        return TypedResults.Ok(new SearchResponse(results.Query, language, results.Page, results.HasMore,
            [.. results.Hits.Select(h => new SearchResult(
                h.Document.Title,
                h.Document.Url,
                h.Document.Kind == SiteDocumentKind.Article ? "article" : "navigator",
                h.Document.Summary,
                string.Concat(h.Snippet.Select(s => s.Text)),
                SnippetHtml(h.Snippet),
                h.Document.PublishAt))]));
    }

    internal static string SnippetHtml(IReadOnlyList<SnippetPart> parts)
    {
        var html = new StringBuilder();
        foreach (var part in parts)
        {
            var text = WebUtility.HtmlEncode(part.Text);
            html.Append(part.Match ? $"<mark>{text}</mark>" : text);
        }

        return html.ToString();
    }

    /// <summary>A page of results.</summary>
    public sealed record SearchResponse(string Query, string Language, int Page, bool HasMore, IReadOnlyList<SearchResult> Results);

    /// <summary>One result; <see cref="Kind"/> is <c>article</c> or <c>navigator</c>.</summary>
    public sealed record SearchResult(string Title, string Url, string Kind, string Summary, string Snippet, string SnippetHtml, DateTime PublishedAt);
}
