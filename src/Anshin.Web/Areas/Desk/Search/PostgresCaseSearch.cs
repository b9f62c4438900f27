using Anshin.Core.Search;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Search;

/// <summary>Table <c>fts_consultations</c> with a generated <c>tsvector</c> ('simple' configuration) and a GIN index.</summary>
public sealed class PostgresCaseSearch(AnshinDbContext db, IOptions<DeskOptions> options) : ICaseSearch
{
    public async Task<IReadOnlyList<long>> NewestMatchesAsync(SearchQuery query, int limit, CancellationToken ct)
    {
        // PostgreSQL's planner misjudges phrase queries (it multiplies the bigrams' frequencies and expects a handful of
        // rows), and then reads every match through the GIN index and sorts them: 700 ms for ビットコイン at 1M cases.
        // So the newest documents are read in id order first (the OFFSET 0 keeps the planner from rewriting that); only
        // when they hold too few matches does the GIN index look at the older ones, which are then few by definition.
        var tsquery = SearchText.ToPostgresTsQuery(query);
        var newest = await db.Database.SqlQuery<long>($"""SELECT coalesce(max("ConsultationId"), 0) AS "Value" FROM fts_consultations""")
            .SingleOrDefaultAsync(ct);
        var boundary = newest - options.Value.SearchRecentWindow;
        var recent = await db.Database.SqlQuery<long>($"""
            SELECT id AS "Value" FROM (
                SELECT "ConsultationId" AS id, "Vector" FROM fts_consultations
                WHERE "ConsultationId" > {boundary} ORDER BY "ConsultationId" DESC OFFSET 0) AS recent
            WHERE "Vector" @@ to_tsquery('simple', {tsquery})
            ORDER BY id DESC LIMIT {limit}
            """).ToListAsync(ct);
        if (recent.Count >= limit || boundary <= 0)
        {
            return recent;
        }

        var older = await db.Database.SqlQuery<long>($"""
            SELECT "ConsultationId" AS "Value" FROM fts_consultations
            WHERE "ConsultationId" <= {boundary} AND "Vector" @@ to_tsquery('simple', {tsquery})
            ORDER BY "ConsultationId" DESC LIMIT {limit - recent.Count}
            """).ToListAsync(ct);
        return [.. recent, .. older];
    }

    public async Task IndexAsync(long consultationId, string text, CancellationToken ct)
    {
        var tokens = SearchText.IndexTokens(text);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO fts_consultations ("ConsultationId", "Tokens") VALUES ({consultationId}, {tokens})
            ON CONFLICT ("ConsultationId") DO UPDATE SET "Tokens" = excluded."Tokens"
            """, ct);
    }

    public Task IndexNewAsync(IReadOnlyList<(long Id, string Text)> documents, CancellationToken ct) =>
        BulkInsert.RunAsync(db, "INSERT INTO fts_consultations (\"ConsultationId\", \"Tokens\") VALUES ", documents, ct);
}
