using Anshin.Core.Search;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Search;

/// <summary>
/// FTS5 table <c>fts_consultations</c> keyed by the consultation id negated (its rowid): FTS5 reads a word's matches
/// fastest in ascending rowid order, and ascending negated ids are newest first.
/// </summary>
public sealed class SqliteCaseSearch(AnshinDbContext db) : ICaseSearch
{
    public async Task<IReadOnlyList<long>> NewestMatchesAsync(SearchQuery query, int limit, CancellationToken ct)
    {
        var match = SearchText.ToFts5Match(query);
        return await db.Database
            .SqlQuery<long>($"SELECT -rowid AS \"Value\" FROM fts_consultations WHERE fts_consultations MATCH {match} ORDER BY rowid LIMIT {limit}")
            .ToListAsync(ct);
    }

    public async Task IndexAsync(long consultationId, string text, CancellationToken ct)
    {
        var tokens = SearchText.IndexTokens(text);
        await db.Database.ExecuteSqlAsync($"DELETE FROM fts_consultations WHERE rowid = {-consultationId}", ct);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO fts_consultations (rowid, tokens) VALUES ({-consultationId}, {tokens})", ct);
    }

    public Task IndexNewAsync(IReadOnlyList<(long Id, string Text)> documents, CancellationToken ct) =>
        BulkInsert.RunAsync(db, "INSERT INTO fts_consultations (rowid, tokens) VALUES ", [.. documents.Select(d => (-d.Id, d.Text))],
            (_, text) => SearchText.IndexTokens(text), castTo: null, ct);
}
