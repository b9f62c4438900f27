using Anshin.Core.Search;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Knowledge.Search;

/// <summary>
/// Table <c>fts_site</c>: per document a <c>tsvector</c> made by <see cref="SearchText.ToPostgresTsVector"/> — the
/// title's tokens with weight A, then the text's — with a GIN index, and the title's tokens alone in <c>"Title"</c>
/// (migration 0018). Of the newest <see cref="ISiteSearch.RankedWindow"/> matches, those with every word in the title come
/// first, then the newest: the same order as <see cref="SqliteSiteSearch"/>. Rows up to a page's size keep their vector
/// inline (migration 0019), so walking the newest pages reads no TOAST.
/// </summary>
public sealed class PostgresSiteSearch(AnshinDbContext db) : ISiteSearch
{
    public async Task<IReadOnlyList<int>> RankedMatchesAsync(SearchQuery query, string language, DateTime now, int skip, int take, CancellationToken ct)
    {
        // The statement is auto-prepared (PostgresConnectionDefaults); after five runs PostgreSQL may keep one generic plan,
        // made without the words, which guesses a few matches and reads and sorts every match instead of walking the newest
        // pages (70 instead of 1.5 ms a search on average in the site benchmark). So: a custom plan for each search, set for
        // this transaction only (the caller's, when there is one).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_custom_plan", ct);
        var words = SearchText.ToPostgresTsQuery(query);
        // The newest RankedWindow matches (all of them when there are fewer), those with every word in the title first:
        // the index reads matches in id order and stops, so a word found on every page costs no more than a rare one, and
        // the title test reads the small title vector instead of the whole page's (ts_rank decompressed each long vector
        // a second time: half of the statement's time).
        var ids = await db.Database.SqlQuery<int>($"""
            SELECT d."Id" AS "Value"
            FROM (SELECT "DocumentId", "Title" @@ CAST({words} AS tsquery) AS in_title FROM fts_site
                  WHERE "Vector" @@ CAST({words} AS tsquery) ORDER BY "DocumentId" DESC LIMIT {ISiteSearch.RankedWindow}) f
            JOIN "SearchDocuments" d ON d."Id" = f."DocumentId"
            WHERE d."Language" = {language} AND d."PublishAt" <= {now}
            ORDER BY f.in_title DESC, d."PublishAt" DESC LIMIT {take} OFFSET {skip}
            """).ToListAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return ids;
    }

    public async Task IndexAsync(SiteDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = SearchText.ToPostgresTsVector(document.Title);
        var text = SearchText.ToPostgresTsVector($"{document.Summary}\n{document.Text}");
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO fts_site ("DocumentId", "Vector", "Title")
            VALUES ({document.Id}, setweight(CAST({title} AS tsvector), 'A') || CAST({text} AS tsvector), setweight(CAST({title} AS tsvector), 'A'))
            ON CONFLICT ("DocumentId") DO UPDATE SET "Vector" = excluded."Vector", "Title" = excluded."Title"
            """, ct);
    }
}
