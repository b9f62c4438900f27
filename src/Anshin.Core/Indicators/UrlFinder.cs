using System.Globalization;
using System.Text.RegularExpressions;

namespace Anshin.Core.Indicators;

/// <summary>Finds http and https URLs, each with a domain indicator for its host.</summary>
/// <remarks>
/// Runs on prepared text, where <c>hxxps://example[.]com</c> already reads <c>https://example.com</c>. The
/// value keeps scheme, host, port and path and drops the query and fragment, which carry tracking tokens and
/// often the victim's own identifiers. Scheme and host are lower-cased; the path keeps its case, because
/// servers and URL shorteners tell <c>/AbC</c> from <c>/abc</c>. A URL that names a user before the host
/// (<c>https://www.amazon.co.jp@evil.example/</c>) is keyed by the host it really goes to.
/// </remarks>
internal static partial class UrlFinder
{
    private const int HighestPort = 65535;

    // Only ASCII URL characters count: Japanese text runs on straight after a link without a space.
    [GeneratedRegex(@"(?<![A-Za-z0-9])https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]{1,2048}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, IndicatorLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();

    /// <summary>Adds URLs and their hosts, and claims every URL-shaped stretch in <paramref name="claimed"/>.</summary>
    public static void Find(string text, TextSpans claimed, IndicatorCollector collector)
    {
        var added = 0;
        foreach (var match in Pattern().EnumerateMatches(text))
        {
            claimed.Add(match.Index, match.Length);
            if (added >= IndicatorExtractor.MaxIndicators
                || !TryParse(TrimSentencePunctuation(text.AsSpan(match.Index, match.Length)), out var url))
            {
                continue;
            }

            if (collector.Add(match.Index, IndicatorKind.Url, url.Value, url.Display))
            {
                added++;
            }

            if (!url.IsIpAddress)
            {
                var domain = HostNames.DomainKey(url.Host);
                collector.Add(match.Index, IndicatorKind.Domain, domain, HostNames.Defang(domain));
            }
        }
    }

    private static ReadOnlySpan<char> TrimSentencePunctuation(ReadOnlySpan<char> url)
    {
        while (url.Length > 0)
        {
            var last = url[^1];
            var unbalanced = (last == ')' && url.Count('(') < url.Count(')'))
                || (last == ']' && url.Count('[') < url.Count(']'));
            if (!unbalanced && !".,;:!?'*".Contains(last))
            {
                break;
            }

            url = url[..^1];
        }

        return url;
    }

    private static bool TryParse(ReadOnlySpan<char> url, out ParsedUrl parsed)
    {
        parsed = default;
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var scheme = url[..schemeEnd].ToString().ToLowerInvariant();
        var rest = url[(schemeEnd + 3)..];
        var authorityEnd = rest.IndexOfAny("/?#");
        var authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        var tail = authorityEnd < 0 ? [] : rest[authorityEnd..];

        authority = authority[(authority.LastIndexOf('@') + 1)..];
        var port = ReadOnlySpan<char>.Empty;
        var colon = authority.LastIndexOf(':');
        if (colon >= 0)
        {
            port = authority[(colon + 1)..].TrimStart('0');
            authority = authority[..colon];
            if (port.Length > 5 || port.ContainsAnyExceptInRange('0', '9')
                || (!port.IsEmpty && int.Parse(port, CultureInfo.InvariantCulture) > HighestPort))
            {
                return false;
            }
        }

        var host = authority.TrimEnd('.').ToString().ToLowerInvariant();
        if (!HostNames.IsHost(host, out var isIpAddress))
        {
            return false;
        }

        var portText = port.IsEmpty || (port is "80" && scheme == "http") || (port is "443" && scheme == "https")
            ? string.Empty
            : ":" + port.ToString();
        var pathEnd = tail.IndexOfAny("?#");
        var path = pathEnd < 0 ? tail : tail[..pathEnd];
        if (path.IsEmpty)
        {
            path = "/";
        }

        var prefix = $"{scheme}://{host}{portText}";
        var room = IndicatorExtractor.MaxValueLength - prefix.Length;
        if (room <= 0)
        {
            return false;
        }

        path = path[..Math.Min(path.Length, room)];
        var display = $"{DefangScheme(scheme)}://{HostNames.Defang(host)}{portText}{DefangNestedLinks(path.ToString())}";
        parsed = new ParsedUrl(prefix + path.ToString(), display, host, isIpAddress);
        return true;
    }

    private static string DefangScheme(string scheme) => scheme == "https" ? "hxxps" : "hxxp";

    // Redirectors carry a second link in the path (/r/https://…); it must not become clickable either.
    private static string DefangNestedLinks(string path) =>
        path.Contains("://", StringComparison.Ordinal)
            ? path.Replace("http://", "hxxp://", StringComparison.OrdinalIgnoreCase).Replace("https://", "hxxps://", StringComparison.OrdinalIgnoreCase)
            : path;

    private readonly record struct ParsedUrl(string Value, string Display, string Host, bool IsIpAddress);
}
