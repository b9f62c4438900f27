namespace Anshin.Core.Search;

/// <summary>A parsed search: every term must match (AND).</summary>
/// <param name="Terms">The terms in the order the user typed them; never empty when made by
/// <see cref="SearchText.ParseQuery"/>.</param>
public sealed record SearchQuery(IReadOnlyList<SearchTerm> Terms);
