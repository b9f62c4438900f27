using Anshin.Core.Search;

namespace Anshin.Web.Areas.Desk.Search;

/// <summary>
/// Japanese-aware full-text search over consultations. Text is tokenised by <see cref="SearchText"/> (NFKC, case
/// fold, CJK bigrams) so two-character words such as 詐欺 match; each database indexes the tokens its own way
/// (SQLite FTS5, PostgreSQL tsvector + GIN). See docs/decisions/0005-japanese-search.md.
/// </summary>
public interface ICaseSearch
{
    /// <summary>
    /// The ids of the newest consultations (highest id first) matching the query, at most <paramref name="limit"/>.
    /// Both databases read the index in id order and stop at the limit, so a word found in half the archive costs
    /// no more than a rare one.
    /// </summary>
    Task<IReadOnlyList<long>> NewestMatchesAsync(SearchQuery query, int limit, CancellationToken ct);

    /// <summary>Replaces the indexed text of one consultation; runs inside the caller's transaction.</summary>
    Task IndexAsync(long consultationId, string text, CancellationToken ct);

    /// <summary>Adds many consultations not indexed yet (bulk loads and re-indexing), in as few statements as the database allows.</summary>
    Task IndexNewAsync(IReadOnlyList<(long Id, string Text)> documents, CancellationToken ct);
}
