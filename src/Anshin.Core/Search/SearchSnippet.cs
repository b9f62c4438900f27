using System.Globalization;
using System.Text;

namespace Anshin.Core.Search;

/// <summary>A piece of a snippet: text to show, highlighted when it is what the reader searched for.</summary>
public readonly record struct SnippetPart(string Text, bool Match);

/// <summary>
/// The part of a text around the first place it matches a search, with every match in it marked. Matching folds both
/// sides as the index does (<see cref="SearchText.Fold"/>: NFKC and case), so ｻﾎﾟｰﾄ in the query marks サポート in the
/// text, but the snippet shows the text as written.
/// </summary>
public static class SearchSnippet
{
    public static IReadOnlyList<SnippetPart> Build(string text, string? query, int length = 160)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (folded, starts) = FoldWithMap(text);
        var words = (query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(SearchText.Fold).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

        // Matches as ranges of the original text, in order, never overlapping.
        var matches = new List<(int Start, int End)>();
        foreach (var word in words)
        {
            for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                matches.Add((starts[at], starts[at + word.Length]));
            }
        }

        matches.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var m in matches)
        {
            if (merged.Count > 0 && m.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, m.End));
            }
            else
            {
                merged.Add(m);
            }
        }

        var first = merged.Count > 0 ? merged[0].Start : 0;
        var from = SafeBoundary(text, Math.Max(0, Math.Min(first - (length / 4), text.Length - length)));
        var to = SafeBoundary(text, Math.Min(text.Length, from + length));
        var parts = new List<SnippetPart>();
        var position = from;
        foreach (var (start, end) in merged.Where(m => m.End > from && m.Start < to))
        {
            var s = Math.Max(start, from);
            var e = Math.Min(end, to);
            if (s > position)
            {
                parts.Add(new SnippetPart(Clean(text[position..s]), false));
            }

            parts.Add(new SnippetPart(Clean(text[s..e]), true));
            position = e;
        }

        if (position < to)
        {
            parts.Add(new SnippetPart(Clean(text[position..to]), false));
        }

        if (from > 0)
        {
            parts.Insert(0, new SnippetPart("…", false));
        }

        if (to < text.Length)
        {
            parts.Add(new SnippetPart("…", false));
        }

        return parts;
    }

    // The folded text, and for each of its positions (and its end) where in the original the text element it came
    // from starts; each text element is folded on its own, so every folded character maps back into one element.
    private static (string Folded, int[] Starts) FoldWithMap(string text)
    {
        // Most text folds character for character (lower case, full-width letters); then positions are the same.
        var whole = SearchText.Fold(text);
        if (whole.Length == text.Length && SameShape(text, whole))
        {
            var identity = new int[text.Length + 1];
            for (var i = 0; i < identity.Length; i++)
            {
                identity[i] = i;
            }

            return (whole, identity);
        }

        var folded = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length + 1);
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var start = elements.ElementIndex;
            var f = SearchText.Fold(element);
            folded.Append(f);
            for (var i = 0; i < f.Length; i++)
            {
                starts.Add(start);
            }
        }

        starts.Add(text.Length);
        // A match that ends inside an element's folded form (㈱ folds to three characters) stops before that element.
        var map = starts.ToArray();
        return (folded.ToString(), map);
    }

    // True when every character of the text folds on its own to the character at the same place: no composition
    // (ﾊﾟ to パ) or expansion (㈱ to (株)) moved anything.
    private static bool SameShape(string text, string folded)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != folded[i] && (char.IsSurrogate(c) || SearchText.Fold(c.ToString()) is not { Length: 1 } one || one[0] != folded[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Never cuts a surrogate pair in two.
    private static int SafeBoundary(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index - 1 : index;

    private static string Clean(string text) => text.Replace('\n', ' ');
}
