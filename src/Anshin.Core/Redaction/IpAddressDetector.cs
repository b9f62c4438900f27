using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Anshin.Core.Redaction;

/// <summary>Finds IPv4 addresses with valid octets and IPv6 addresses in full, compressed or IPv4-embedded form.</summary>
internal static partial class IpAddressDetector
{
    // A dotted quad inside a longer dotted run (1.2.3.4.5, 10.0.19045.1234) is a version number, not an address.
    [GeneratedRegex(
        @"(?<![0-9.])(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?![0-9]|\.[0-9])",
        RegexOptions.CultureInvariant, DetectionLimits.MatchTimeoutMilliseconds)]
    private static partial Regex V4Pattern();

    // Candidates need two colons, which leaves out times such as 10:30; the parser then decides, which also
    // leaves out 10:30:15 and MAC addresses (six groups and no "::" is not IPv6).
    [GeneratedRegex(
        @"(?<![0-9A-Za-z_.])(?=[0-9A-Fa-f]*:[0-9A-Fa-f]*:)[0-9A-Fa-f:]+(?:(?<=:)[0-9]{1,3}(?:\.[0-9]{1,3}){3})?(?![0-9A-Za-z_:]|\.[0-9])",
        RegexOptions.CultureInvariant, DetectionLimits.MatchTimeoutMilliseconds)]
    private static partial Regex V6Pattern();

    public static void Find(string folded, List<Candidate> found)
    {
        foreach (var match in V4Pattern().EnumerateMatches(folded))
        {
            found.Add(new Candidate(match.Index, match.Length, RedactionKind.IpAddress));
        }

        foreach (var match in V6Pattern().EnumerateMatches(folded))
        {
            var candidate = folded.AsSpan(match.Index, match.Length);
            if (candidate.ContainsAnyExcept(':')
                && IPAddress.TryParse(candidate, out var address)
                && address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                found.Add(new Candidate(match.Index, match.Length, RedactionKind.IpAddress));
            }
        }
    }
}
