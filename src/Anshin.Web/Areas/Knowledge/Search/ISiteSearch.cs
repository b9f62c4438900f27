using Anshin.Core.Search;

namespace Anshin.Web.Areas.Knowledge.Search;

/// <summary>
/// Japanese-aware full-text search over the public site (articles and navigator pages), the same design as the desk's
/// <see cref="Desk.Search.ICaseSearch"/>: text tokenised by <see cref="SearchText"/> (NFKC, case fold, CJK bigrams),
/// indexed by SQLite FTS5 or PostgreSQL tsvector + GIN. Results are ranked: a match in the title counts more.
/// </summary>
public interface ISiteSearch
{
    /// <summary>
    /// A search ranks its newest this many matches — every match when there are fewer. Ranking thousands of long pages
    /// for a word found everywhere would cost most of a second, and readers look at the first pages of results.
    /// </summary>
    const int RankedWindow = 300;

    /// <summary>
    /// The ids of the <see cref="SiteDocument"/>s in <paramref name="language"/>, public at <paramref name="now"/>,
    /// that match the query, best first (see <see cref="RankedWindow"/>); <paramref name="skip"/> and at most <paramref name="take"/>.
    /// </summary>
    Task<IReadOnlyList<int>> RankedMatchesAsync(SearchQuery query, string language, DateTime now, int skip, int take, CancellationToken ct);

    /// <summary>Replaces the indexed words of one saved document; runs inside the caller's transaction.</summary>
    Task IndexAsync(SiteDocument document, CancellationToken ct);
}
