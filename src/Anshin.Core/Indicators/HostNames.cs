using System.Collections.Frozen;

namespace Anshin.Core.Indicators;

/// <summary>Checks, normalises and defangs host names.</summary>
/// <remarks>
/// Hosts are kept in ASCII: an internationalised name appears as its punycode (<c>xn--</c>) form, as written.
/// Hosts written in Unicode are not recognised at all, because Japanese text runs straight on after a link
/// (<c>example.comにアクセス</c>) and a Unicode host could not be told from the sentence that follows it.
/// </remarks>
internal static class HostNames
{
    private const int MaxHostLength = 253;
    private const int MaxLabelLength = 63;

    // Top-level domains that a bare word.word must end in to count as a domain. Common gTLDs, the new gTLDs
    // that scam waves favour, and ccTLDs, leaving out those that read as file extensions or code (.md, .py,
    // .pl, .sh, .rs, .zip, .mov, .id, .email) so that README.md, setup.py and user.id are not taken for hosts.
    private static readonly FrozenSet<string> KnownTopLevelDomains = FrozenSet.ToFrozenSet(
    [
        "com", "net", "org", "info", "biz", "xyz", "top", "shop", "online", "site", "click", "link", "club",
        "store", "website", "work", "life", "live", "vip", "buzz", "icu", "fun", "space", "tech", "asia",
        "mobi", "pro", "app", "dev", "cloud", "cyou", "sbs", "cfd", "bond", "rest", "lat", "jp", "cn", "ru",
        "io", "me", "cc", "tk", "ml", "ga", "cf", "gq", "us", "uk", "de", "fr", "kr", "tw", "hk", "vn", "ph",
        "th", "sg", "au", "ca", "br", "eu", "co", "ly", "gl", "to", "tv", "ws", "pw", "su", "la",
    ], StringComparer.Ordinal);

    // Product names that happen to end in a known top-level domain.
    private static readonly FrozenSet<string> NotHosts = FrozenSet.ToFrozenSet(
        ["asp.net", "vb.net", "ado.net"], StringComparer.Ordinal);

    /// <summary>Whether a lower-case host is a domain name of two labels or more, or an IPv4 address.</summary>
    public static bool IsHost(string host, out bool isIpAddress)
    {
        isIpAddress = IsIPv4(host);
        return isIpAddress || IsDomainName(host);
    }

    /// <summary>Whether a lower-case bare domain ends in a known top-level domain and is not a product name.</summary>
    public static bool IsLikelyDomain(string domain)
    {
        var dot = domain.LastIndexOf('.');
        return dot > 0
            && KnownTopLevelDomains.Contains(domain[(dot + 1)..])
            && !NotHosts.Contains(domain)
            && IsDomainName(domain);
    }

    /// <summary>The host as a clustering key: lower case, without a leading <c>www.</c>.</summary>
    public static string DomainKey(string host) =>
        host.StartsWith("www.", StringComparison.Ordinal) && host.IndexOf('.', 4) > 0 ? host[4..] : host;

    /// <summary>The host with its dots bracketed, so that no viewer turns it into a link.</summary>
    public static string Defang(string host) => host.Replace(".", "[.]", StringComparison.Ordinal);

    private static bool IsDomainName(string host)
    {
        if (host.Length > MaxHostLength)
        {
            return false;
        }

        var labels = host.Split('.');
        if (labels.Length < 2)
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > MaxLabelLength || label[0] == '-' || label[^1] == '-'
                || !label.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        var topLevel = labels[^1];
        return topLevel.StartsWith("xn--", StringComparison.Ordinal) || (topLevel.Length >= 2 && topLevel.All(char.IsAsciiLetterLower));
    }

    private static bool IsIPv4(string host)
    {
        var octets = host.Split('.');
        return octets.Length == 4
            && octets.All(o => o.Length is >= 1 and <= 3 && o.All(char.IsAsciiDigit) && int.Parse(o, System.Globalization.CultureInfo.InvariantCulture) <= 255);
    }
}
