namespace Anshin.Core.Search;

/// <summary>One whitespace-separated term of a search, matched as a phrase of index tokens.</summary>
/// <param name="Tokens">The tokens <see cref="SearchText.IndexTokens"/> would produce for the term, which must
/// occur next to each other and in this order.</param>
/// <param name="Prefix">Whether the last token matches any indexed token that starts with it.</param>
public sealed record SearchTerm(IReadOnlyList<string> Tokens, bool Prefix);
