using System.Text.RegularExpressions;

namespace Anshin.Core.Indicators;

/// <summary>
/// Finds host names written without a scheme (<c>example-support.com にアクセス</c>,
/// <c>amaz0n-security[.]xyz</c>), if they end in a known top-level domain.
/// </summary>
/// <remarks>
/// The top-level domain is what tells a host from a file name (<c>setup.exe</c>), a version (<c>10.0.19045</c>)
/// or a library (<c>Node.js</c>). Nothing inside an e-mail address or a URL is taken: addresses are the
/// consulter's or a contact's personal data, and URLs report their own hosts.
/// </remarks>
internal static partial class DomainFinder
{
    // Labels of letters, digits and inner hyphens, two to eleven of them, not glued to a longer token on
    // either side; a following ".x" means the token goes on (example.com.evil) and is judged as a whole.
    [GeneratedRegex(
        @"(?<![A-Za-z0-9\-_.@/%])(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,10}[A-Za-z]{2,24}(?![A-Za-z0-9\-_@]|\.[A-Za-z0-9])",
        RegexOptions.CultureInvariant, IndicatorLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();

    public static void Find(string text, TextSpans claimed, IndicatorCollector collector)
    {
        var added = 0;
        foreach (var match in Pattern().EnumerateMatches(text))
        {
            if (claimed.Overlaps(match.Index, match.Index + match.Length))
            {
                continue;
            }

            var host = text.Substring(match.Index, match.Length).ToLowerInvariant();
            if (!HostNames.IsLikelyDomain(host))
            {
                continue;
            }

            var domain = HostNames.DomainKey(host);
            if (domain.Length <= IndicatorExtractor.MaxValueLength
                && collector.Add(match.Index, IndicatorKind.Domain, domain, HostNames.Defang(domain))
                && ++added >= IndicatorExtractor.MaxIndicators)
            {
                return;
            }
        }
    }
}
