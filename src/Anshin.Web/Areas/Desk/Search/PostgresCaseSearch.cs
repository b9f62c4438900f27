using Anshin.Core.Search;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Search;

/// <summary>Table <c>fts_consultations</c> with a generated <c>tsvector</c> ('simple' configuration) and a GIN index.</summary>
public sealed class PostgresCaseSearch(AnshinDbContext db) : ICaseSearch
{
    public async Task<IReadOnlyList<long>> NewestMatchesAsync(SearchQuery query, int limit, CancellationToken ct)
    {
        // With a frequent word the planner walks the primary key backwards and stops at the limit; with a rare one it
        // reads the GIN index. Either way no search reads every match.
        var tsquery = SearchText.ToPostgresTsQuery(query);
        return await db.Database.SqlQuery<long>($"""
            SELECT "ConsultationId" AS "Value" FROM fts_consultations
            WHERE "Vector" @@ to_tsquery('simple', {tsquery})
            ORDER BY "ConsultationId" DESC LIMIT {limit}
            """).ToListAsync(ct);
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
