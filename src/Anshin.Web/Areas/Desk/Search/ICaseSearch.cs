using Anshin.Core.Search;

namespace Anshin.Web.Areas.Desk.Search;

/// <summary>
/// Japanese-aware full-text search over consultations. Text is tokenised by <see cref="SearchText"/> (NFKC, case
/// fold, CJK bigrams) so two-character words such as 詐欺 match; each database indexes the tokens its own way
/// (SQLite FTS5, PostgreSQL tsvector + GIN). See docs/decisions/0005-japanese-search.md.
/// </summary>
public interface ICaseSearch
{
    /// <summary>The ids of consultations matching the query, as a sub-query to combine with other filters.</summary>
    IQueryable<long> Matching(SearchQuery query);

    /// <summary>Replaces the indexed text of one consultation; runs inside the caller's transaction.</summary>
    Task IndexAsync(long consultationId, string text, CancellationToken ct);

    /// <summary>Adds many consultations not indexed yet (bulk loads and re-indexing), in as few statements as the database allows.</summary>
    Task IndexNewAsync(IReadOnlyList<(long Id, string Text)> documents, CancellationToken ct);
}

/// <summary>A row of a search sub-query; not a table.</summary>
public sealed class SearchHit
{
    public long Id { get; set; }
}
