using System.Buffers;

namespace Anshin.Core.Redaction;

/// <summary>
/// Folds full-width forms and the dashes people type into phone numbers to their ASCII counterparts, one
/// UTF-16 unit for one, so that offsets found in the folded text are offsets in the original.
/// </summary>
/// <remarks>
/// Full NFKC would also compose half-width katakana and expand ligatures, changing lengths; the detectors
/// only need width and dash variants, and keeping lengths equal spares a mapping back to the original.
/// </remarks>
internal static class WidthFolding
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;

    // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, the katakana
    // long-vowel mark and its half-width form: all turn up between the digits of phone numbers typed in Japan.
    private const string Dashes = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF70";

    private static readonly SearchValues<char> Foldable = SearchValues.Create(
        Dashes + "\u3000" + string.Concat(Enumerable.Range(FullWidthFirst, FullWidthLast - FullWidthFirst + 1).Select(c => (char)c)));

    /// <summary>The folded text; the same instance when nothing needs folding.</summary>
    public static string Fold(string text)
    {
        var first = text.AsSpan().IndexOfAny(Foldable);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                span[i] = Fold(span[i]);
            }
        });
    }

    /// <summary>The folded form of one character.</summary>
    public static char Fold(char c) => c switch
    {
        >= FullWidthFirst and <= FullWidthLast => (char)(c - FullWidthOffset),
        '\u3000' => ' ',
        _ when Dashes.Contains(c, StringComparison.Ordinal) => '-',
        _ => c,
    };
}
