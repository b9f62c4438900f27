using Anshin.Core.Search;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Search;

/// <summary>Table <c>fts_consultations</c> with a generated <c>tsvector</c> ('simple' configuration) and a GIN index.</summary>
public sealed class PostgresCaseSearch(AnshinDbContext db) : ICaseSearch
{
    public IQueryable<long> Matching(SearchQuery query)
    {
        var tsquery = SearchText.ToPostgresTsQuery(query);
        return db.Set<SearchHit>()
            .FromSql($"SELECT \"ConsultationId\" AS \"Id\" FROM fts_consultations WHERE \"Vector\" @@ to_tsquery('simple', {tsquery})")
            .Select(h => h.Id);
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
