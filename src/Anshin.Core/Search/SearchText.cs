using System.Globalization;
using System.Text;

namespace Anshin.Core.Search;

/// <summary>
/// Japanese-aware normalisation and tokenisation shared by every full-text search. SQLite FTS5 (<c>unicode61</c>)
/// indexes the space-separated tokens made here; PostgreSQL stores the same tokens as a <c>tsvector</c> made here
/// too; see docs/decisions/0005-japanese-search.md.
/// </summary>
public static class SearchText
{
    /// <summary>The most terms a query keeps; later ones are ignored.</summary>
    public const int MaxTerms = 10;

    /// <summary>The most tokens a query keeps over all its terms; later ones are ignored.</summary>
    public const int MaxTokens = 64;

    // Longer runs are encoded data rather than words; PostgreSQL would refuse words over 2,047 bytes.
    internal const int MaxWordLength = 100;

    // Where PostgreSQL's to_tsvector stops (MAXENTRYPOS - 1, MAXNUMPOS - 1), so vectors made here equal its own.
    private const int MaxPostgresPosition = 16_383;
    private const int MaxPostgresPositionsPerLexeme = 255;

    private enum TokenKind
    {
        Word,
        Bigram,
        SingleCharacter,
    }

    private enum CharacterClass
    {
        Separator,
        Word,
        Japanese,
    }

    /// <summary>
    /// NFKC then invariant lower case: full-width ＡＢＣ１２３ becomes abc123 and half-width ｻﾎﾟｰﾄ becomes サポート.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
    }

    /// <summary>
    /// The text as space-separated tokens to store in the full-text index. Runs of letters and digits
    /// (Latin and other alphabetic scripts) become one token each; runs of kanji, hiragana and katakana
    /// become overlapping bigrams (偽警告画面 → 偽警 警告 告画 画面), or the one character when a run has only
    /// one. Everything else separates runs and is dropped.
    /// </summary>
    public static string IndexTokens(string text) => string.Join(' ', Tokenize(Fold(text)).Select(t => t.Text));

    /// <summary>
    /// The text as PostgreSQL <c>tsvector</c> input, built from exactly the tokens <see cref="IndexTokens"/> makes:
    /// each distinct token quoted once with the positions it occurs at (<c>'偽警':1,3 '警告':2</c>), then the
    /// <paramref name="markers"/> without positions (tokens only ever searched for with AND, never in a phrase).
    /// Positions follow PostgreSQL's own limits: beyond 16,383 they stay at 16,383, and a token keeps its first 255.
    /// Cast it to <c>tsvector</c> as a parameter; queries use <see cref="ToPostgresTsQuery"/> cast to <c>tsquery</c>,
    /// so neither side goes through the server's word parser.
    /// </summary>
    public static string ToPostgresTsVector(string text, params IEnumerable<string> markers)
    {
        ArgumentNullException.ThrowIfNull(markers);
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        var position = 0;
        foreach (var token in Tokenize(Fold(text)))
        {
            position = Math.Min(position + 1, MaxPostgresPosition);
            if (!positions.TryGetValue(token.Text, out var list))
            {
                positions[token.Text] = list = [];
                order.Add(token.Text);
            }

            if (list.Count < MaxPostgresPositionsPerLexeme && (list.Count == 0 || list[^1] != position))
            {
                list.Add(position);
            }
        }

        var vector = new StringBuilder();
        foreach (var token in order)
        {
            AppendLexeme(vector, token).Append(':').AppendJoin(',', positions[token]);
        }

        foreach (var marker in markers.Where(m => !positions.ContainsKey(m)))
        {
            AppendLexeme(vector, marker);
        }

        return vector.ToString();
    }

    /// <summary>
    /// Parses what a user typed into a search box: terms separated by white space (full-width spaces too)
    /// must all match, each as a phrase of the tokens <see cref="IndexTokens"/> makes of it.
    /// </summary>
    /// <remarks>
    /// A term ending in a lone kanji or kana matches it as the start of a bigram, so 詐 finds 詐欺; the last
    /// term ending in a word matches it as a prefix, so that results follow the typing (anyd finds anydesk).
    /// Only the first <see cref="MaxTerms"/> terms and <see cref="MaxTokens"/> tokens are kept.
    /// </remarks>
    /// <returns>The query, or <see langword="null"/> when nothing searchable was typed.</returns>
    public static SearchQuery? ParseQuery(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var terms = new List<(List<Token> Tokens, bool Complete)>();
        var tokenCount = 0;
        foreach (var word in SplitOnWhiteSpace(Fold(query)))
        {
            var tokens = Tokenize(word);
            if (tokens.Count == 0)
            {
                continue;
            }

            var room = MaxTokens - tokenCount;
            var complete = tokens.Count <= room;
            tokens = complete ? tokens : tokens[..room];
            terms.Add((tokens, complete));
            tokenCount += tokens.Count;
            if (terms.Count == MaxTerms || tokenCount == MaxTokens)
            {
                break;
            }
        }

        if (terms.Count == 0)
        {
            return null;
        }

        var searchTerms = terms.Select((term, index) =>
        {
            var last = term.Tokens[^1].Kind;
            var prefix = term.Complete
                && (last == TokenKind.SingleCharacter || (last == TokenKind.Word && index == terms.Count - 1));
            return new SearchTerm(term.Tokens.Select(t => t.Text).ToArray(), prefix);
        });
        return new SearchQuery(searchTerms.ToArray());
    }

    /// <summary>
    /// The query as an SQLite FTS5 <c>MATCH</c> expression: each term a quoted phrase, <c>*</c> after a
    /// prefix term, terms joined by <c>AND</c>. Quoting every token keeps FTS5 operators typed by the user
    /// (OR, NOT, NEAR, column filters) as plain words.
    /// </summary>
    /// <example><c>"サポ ポー ート" AND "偽警 警告" AND "anyd"*</c></example>
    /// <exception cref="ArgumentException">The query has no terms or a term has no tokens.</exception>
    public static string ToFts5Match(SearchQuery q)
    {
        CheckQuery(q);
        return string.Join(" AND ", q.Terms.Select(term =>
            $"\"{string.Join(' ', term.Tokens.Select(t => t.Replace("\"", "\"\"", StringComparison.Ordinal)))}\""
            + (term.Prefix ? "*" : string.Empty)));
    }

    /// <summary>
    /// The query as PostgreSQL <c>tsquery</c> input, to be cast to <c>tsquery</c> (no parser, no dictionary, the
    /// lexemes exactly as <see cref="ToPostgresTsVector"/> stores them): each token quoted, the tokens of a
    /// term joined by <c>&lt;-&gt;</c> (followed by), <c>:*</c> after a prefix token, terms joined by
    /// <c>&amp;</c>. Pass it as a parameter, never spliced into SQL.
    /// </summary>
    /// <example><c>'サポ' &lt;-&gt; 'ポー' &lt;-&gt; 'ート' &amp; '偽警' &lt;-&gt; '警告' &amp; 'anyd':*</c></example>
    /// <exception cref="ArgumentException">The query has no terms or a term has no tokens.</exception>
    public static string ToPostgresTsQuery(SearchQuery q)
    {
        CheckQuery(q);
        return string.Join(" & ", q.Terms.Select(term => string.Join(" <-> ", term.Tokens.Select((token, index) =>
            QuoteLexeme(token) + (term.Prefix && index == term.Tokens.Count - 1 ? ":*" : string.Empty)))));
    }

    private static StringBuilder AppendLexeme(StringBuilder vector, string token) =>
        vector.Append(vector.Length == 0 ? "" : " ").Append(QuoteLexeme(token));

    // tsquery and tsvector quoting: the lexeme in single quotes, with quotes and backslashes inside doubled.
    private static string QuoteLexeme(string token) =>
        $"'{token.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)}'";

    private static void CheckQuery(SearchQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        if (q.Terms.Count == 0 || q.Terms.Any(term => term.Tokens.Count == 0))
        {
            throw new ArgumentException("A search query needs at least one term, and every term a token.", nameof(q));
        }
    }

    private static string[] SplitOnWhiteSpace(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static List<Token> Tokenize(string folded)
    {
        var tokens = new List<Token>();
        var run = new List<Rune>();
        var runClass = CharacterClass.Separator;
        foreach (var rune in folded.EnumerateRunes())
        {
            var characterClass = Classify(rune);
            if (characterClass != runClass)
            {
                EndRun(tokens, run, runClass);
                runClass = characterClass;
            }

            if (characterClass != CharacterClass.Separator)
            {
                run.Add(rune);
            }
        }

        EndRun(tokens, run, runClass);
        return tokens;
    }

    private static void EndRun(List<Token> tokens, List<Rune> run, CharacterClass runClass)
    {
        if (run.Count == 0)
        {
            return;
        }

        if (runClass == CharacterClass.Word)
        {
            tokens.Add(new Token(string.Concat(run.Take(MaxWordLength)), TokenKind.Word));
        }
        else if (run.Count == 1)
        {
            tokens.Add(new Token(run[0].ToString(), TokenKind.SingleCharacter));
        }
        else
        {
            for (var i = 0; i + 1 < run.Count; i++)
            {
                tokens.Add(new Token(string.Concat(run[i], run[i + 1]), TokenKind.Bigram));
            }
        }

        run.Clear();
    }

    // Only letters and numbers go into tokens: FTS5's unicode61 keeps exactly those (and private-use
    // characters, which are dropped here) together, and PostgreSQL's parser splits at anything else.
    private static CharacterClass Classify(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is not (UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber))
        {
            return CharacterClass.Separator;
        }

        return IsJapanese(rune.Value) ? CharacterClass.Japanese : CharacterClass.Word;
    }

    // Kanji (with 々 〆 〇 and the CJK extensions), hiragana and katakana with ー: scripts written
    // without spaces between words. Hangul and the rest are spaced, so they tokenise as words.
    private static bool IsJapanese(int codePoint) => codePoint is
        (>= 0x3005 and <= 0x3007) or (>= 0x3021 and <= 0x3029) or (>= 0x3031 and <= 0x3035)
        or (>= 0x303B and <= 0x303C) or (>= 0x3041 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF)
        or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF)
        or (>= 0x20000 and <= 0x3FFFF);

    private readonly record struct Token(string Text, TokenKind Kind);
}
