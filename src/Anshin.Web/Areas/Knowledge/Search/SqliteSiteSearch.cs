using Anshin.Core.Search;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Knowledge.Search;

/// <summary>
/// FTS5 table <c>fts_site</c> (rowid = the document's id) with the title's and the text's tokens in two columns, ranked
/// by <c>bm25</c> with the title weighted five times (every match when there are at most
/// <see cref="ISiteSearch.RankedWindow"/>, else the newest that many). Rows of removed documents go with them (trigger,
/// migration 0009).
/// </summary>
public sealed class SqliteSiteSearch(AnshinDbContext db) : ISiteSearch
{
    public async Task<IReadOnlyList<int>> RankedMatchesAsync(SearchQuery query, string language, DateTime now, int skip, int take, CancellationToken ct)
    {
        var match = SearchText.ToFts5Match(query);
        var found = await db.Database.SqlQuery<int>($"""
            SELECT count(*) AS "Value" FROM (SELECT rowid FROM fts_site WHERE fts_site MATCH {match} LIMIT {ISiteSearch.RankedWindow + 1})
            """).SingleAsync(ct);
        if (found <= ISiteSearch.RankedWindow)
        {
            return await db.Database.SqlQuery<int>($"""
                SELECT d."Id" AS "Value" FROM fts_site JOIN "SearchDocuments" d ON d."Id" = fts_site.rowid
                WHERE fts_site MATCH {match} AND d."Language" = {language} AND d."PublishAt" <= {now}
                ORDER BY bm25(fts_site, 5.0, 1.0), d."PublishAt" DESC LIMIT {take} OFFSET {skip}
                """).ToListAsync(ct);
        }

        // A word found everywhere: rank the newest matches only (FTS5 reads them in rowid order and stops).
        return await db.Database.SqlQuery<int>($"""
            SELECT d."Id" AS "Value"
            FROM (SELECT rowid AS id, bm25(fts_site, 5.0, 1.0) AS score FROM fts_site WHERE fts_site MATCH {match}
                  ORDER BY rowid DESC LIMIT {ISiteSearch.RankedWindow}) f
            JOIN "SearchDocuments" d ON d."Id" = f.id
            WHERE d."Language" = {language} AND d."PublishAt" <= {now}
            ORDER BY f.score, d."PublishAt" DESC LIMIT {take} OFFSET {skip}
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
