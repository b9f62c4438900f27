using System.Buffers;
using System.Text.RegularExpressions;

namespace Anshin.Core.Redaction;

/// <summary>Finds URLs that carry something that could identify a person.</summary>
/// <remarks>
/// A URL is masked only when its path or fragment holds an id-like segment (four or more digits in a row, or
/// eight or more letters and digits mixed, as in hex and base64 tokens), when it has any query string, or
/// when it names a user before the host. Domain-only and plainly worded URLs such as https://www.ipa.go.jp/
/// or https://example.com/security/ stay: readers need them, and the domain of a fake shop is exactly what
/// a published example should show.
/// </remarks>
internal static partial class UrlDetector
{
    private const int ShortestDigitRun = 4;
    private const int ShortestMixedToken = 8;

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    // Security advisories defang links as hxxp(s)://, so those are URLs as well. Only ASCII URL characters
    // count, because Japanese text runs on straight after a link without a space.
    [GeneratedRegex(
        @"(?<![A-Za-z0-9.\-])(?:h(?:tt|xx)ps?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, DetectionLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();

    public static void Find(string folded, List<Candidate> found)
    {
        foreach (var match in Pattern().EnumerateMatches(folded))
        {
            // Punctuation that ends the sentence is not part of the link.
            var url = folded.AsSpan(match.Index, match.Length).TrimEnd(".,;:!?'*");
            if (CarriesIdentifier(url))
            {
                found.Add(new Candidate(match.Index, url.Length, RedactionKind.Url));
            }
        }
    }

    private static bool CarriesIdentifier(ReadOnlySpan<char> url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var rest = schemeEnd < 0 ? url : url[(schemeEnd + 3)..];
        var authorityEnd = rest.IndexOfAny("/?#");
        var authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        if (authority.Contains('@'))
        {
            return true;
        }

        var tail = authorityEnd < 0 ? [] : rest[authorityEnd..];
        var query = tail.IndexOf('?');
        if (query >= 0)
        {
            var fragment = tail[query..].IndexOf('#');
            var queryText = fragment < 0 ? tail[(query + 1)..] : tail[(query + 1)..(query + fragment)];
            if (!queryText.IsEmpty)
            {
                return true;
            }
        }

        return HasIdLikeToken(tail);
    }

    private static bool HasIdLikeToken(ReadOnlySpan<char> pathAndFragment)
    {
        var i = 0;
        while (i < pathAndFragment.Length)
        {
            var run = pathAndFragment[i..];
            var length = run.IndexOfAnyExcept(AsciiLettersAndDigits);
            run = length < 0 ? run : run[..length];
            if (run.IsEmpty)
            {
                i++;
                continue;
            }

            if (HasDigitRun(run) || (run.Length >= ShortestMixedToken && run.ContainsAnyInRange('0', '9') && run.ContainsAnyExcept(Digits)))
            {
                return true;
            }

            i += run.Length;
        }

        return false;
    }

    private static bool HasDigitRun(ReadOnlySpan<char> run)
    {
        var digits = 0;
        foreach (var c in run)
        {
            digits = char.IsAsciiDigit(c) ? digits + 1 : 0;
            if (digits >= ShortestDigitRun)
            {
                return true;
            }
        }

        return false;
    }
}
