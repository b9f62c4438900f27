using Anshin.Core.Search;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Knowledge.Search;

/// <summary>
/// FTS5 table <c>fts_site</c> (rowid = the document's id) with the title's and the text's tokens in two columns; of the
/// newest <see cref="ISiteSearch.RankedWindow"/> matches, those matching in the title come first. Rows of removed documents go with them (trigger,
/// migration 0009).
/// </summary>
public sealed class SqliteSiteSearch(AnshinDbContext db) : ISiteSearch
{
    public async Task<IReadOnlyList<int>> RankedMatchesAsync(SearchQuery query, string language, DateTime now, int skip, int take, CancellationToken ct)
    {
        var match = SearchText.ToFts5Match(query);
        var inTitle = $"title : ({match})";
        // The newest RankedWindow matches (all of them when there are fewer), those with every word in the title first,
        // then newest first. FTS5 reads matches in rowid order and stops, so a word found on every page costs no more
        // than a rare one; bm25 would first count every page that holds each phrase (5–15 ms for a common Japanese word).
        return await db.Database.SqlQuery<int>($"""
            SELECT d."Id" AS "Value"
            FROM (SELECT rowid AS id FROM fts_site WHERE fts_site MATCH {match} ORDER BY rowid DESC LIMIT {ISiteSearch.RankedWindow}) f
            JOIN "SearchDocuments" d ON d."Id" = f.id
            WHERE d."Language" = {language} AND d."PublishAt" <= {now}
            ORDER BY f.id IN (SELECT rowid FROM fts_site WHERE fts_site MATCH {inTitle} ORDER BY rowid DESC LIMIT {ISiteSearch.RankedWindow}) DESC,
                d."PublishAt" DESC
            LIMIT {take} OFFSET {skip}
            """).ToListAsync(ct);
    }

    public async Task IndexAsync(SiteDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = SearchText.IndexTokens(document.Title);
        var text = SearchText.IndexTokens($"{document.Summary}\n{document.Text}");
        await db.Database.ExecuteSqlAsync($"DELETE FROM fts_site WHERE rowid = {document.Id}", ct);
        await db.Database.ExecuteSqlAsync($"INSERT INTO fts_site (rowid, title, body) VALUES ({document.Id}, {title}, {text})", ct);
    }
}
