using Anshin.Core.Search;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Knowledge.Search;

/// <summary>One result of the site search: the page and the part of its text that matched, with the matches marked.</summary>
public sealed record SiteSearchHit(SiteDocument Document, IReadOnlyList<SnippetPart> Snippet);

/// <summary>A page of results; <see cref="HasMore"/> when there is a next page.</summary>
public sealed record SiteSearchResults(string Query, int Page, IReadOnlyList<SiteSearchHit> Hits, bool HasMore)
{
    public static SiteSearchResults Empty(string query) => new(query, 1, [], false);
}

/// <summary>What the public search page and <c>GET /api/search</c> run: parse, rank in the database, cut snippets.</summary>
public sealed class SiteSearchService(AnshinDbContext db, ISiteSearch search, TimeProvider clock)
{
    public const int PageSize = 20;
    public const int MaxQueryLength = 200;
    public const int MaxPage = 50;

    public async Task<SiteSearchResults> SearchAsync(string? query, string language, int page, CancellationToken ct)
    {
        var text = (query ?? "").Trim();
        text = text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
        page = Math.Clamp(page, 1, MaxPage);
        if (SearchText.ParseQuery(text) is not { } parsed)
        {
            return SiteSearchResults.Empty(text);
        }

        var ids = await search.RankedMatchesAsync(parsed, language, clock.GetUtcNow().UtcDateTime, (page - 1) * PageSize, PageSize + 1, ct);
        var shown = ids.Take(PageSize).ToList();
        var documents = await db.Set<SiteDocument>().AsNoTracking().Where(d => shown.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var hits = shown.Where(documents.ContainsKey).Select(id =>
        {
            var d = documents[id];
            return new SiteSearchHit(d, SearchSnippet.Build(d.Summary.Length > 0 ? $"{d.Summary} {d.Text}" : d.Text, text));
        }).ToList();
        return new SiteSearchResults(text, page, hits, ids.Count > PageSize);
    }
}
