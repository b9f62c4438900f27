using System.Text.RegularExpressions;
using Anshin.Core.Text;

namespace Anshin.Core.Indicators;

/// <summary>
/// Brings a consulter's text into the one form every finder reads: NFKC, hyphens between digits as ASCII
/// hyphens, and defanged links refanged.
/// </summary>
/// <remarks>
/// Positions in the prepared text differ from the original, but only order matters to the result, and every
/// step keeps order.
/// </remarks>
internal static partial class IndicatorText
{
    // hxxp://, h**ps://, http[:]//, https[://]; then [.], (.), {.}, [dot], (dot) between host labels, with a
    // space either side as advisories sometimes write them; then [:] before a port or path; then [@], (@),
    // [at] and (at) in e-mail addresses, so that the address is recognised and its domain skipped.
    [GeneratedRegex(
        @"(?<![A-Za-z0-9])h(?:tt|xx|\*\*)p(?<secure>s?)(?:\[:\]//|\[://\]|://)" +
        @"|(?<=[A-Za-z0-9]) ?(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)) ?(?=[A-Za-z0-9])" +
        @"|(?<=[A-Za-z0-9])\[:\](?=[0-9/])" +
        @"|(?<=[A-Za-z0-9._%+\-])(?:\[@\]|\(@\)|\[at\]|\(at\))(?=[A-Za-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        IndicatorLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DefangedPattern();

    public static string Prepare(string text)
    {
        var bounded = text.Length > IndicatorLimits.MaxTextLength ? text[..IndicatorLimits.MaxTextLength] : text;
        var normalized = ContactText.Normalize(ReplaceInvalidCharacters(bounded));
        return Refang(FoldHyphensBetweenDigits(normalized));
    }

    // String.Normalize refuses ill-formed UTF-16 and the noncharacter U+FFFE, which random or truncated pastes
    // contain.
    private static string ReplaceInvalidCharacters(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]) || text[i] is '\uFFFE' or '\uFFFF')
            {
                copy ??= text.ToCharArray();
                copy[i] = '\uFFFD';
            }
        }

        return copy is null ? text : new string(copy);
    }

    // NFKC has mapped －, ﹣ and ｰ to '-' and ー; the dashes an input method offers survive it. Between digits,
    // with at most a space either side, they are hyphens; elsewhere ー is the long-vowel mark of ウェブマネー.
    private static string FoldHyphensBetweenDigits(string text)
    {
        char[]? copy = null;
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] != '-' && Dashes.IsDash(text[i]) && IsDigitNear(text, i, -1) && IsDigitNear(text, i, 1))
            {
                copy ??= text.ToCharArray();
                copy[i] = '-';
            }
        }

        return copy is null ? text : new string(copy);
    }

    private static bool IsDigitNear(string text, int dash, int step)
    {
        var i = dash + step;
        if (text[i] == ' ')
        {
            i += step;
        }

        return i >= 0 && i < text.Length && char.IsAsciiDigit(text[i]);
    }

    private static string Refang(string text)
    {
        try
        {
            return DefangedPattern().Replace(text, static match => match.ValueSpan switch
            {
                ['h' or 'H', ..] => match.Groups["secure"].Length > 0 ? "https://" : "http://",
                [.., ':', ']'] => ":",
                [_, '@', _] or [_, 'a' or 'A', 't' or 'T', _] => "@",
                _ => ".",
            });
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }
}
