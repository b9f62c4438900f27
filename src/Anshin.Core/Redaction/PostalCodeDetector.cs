using System.Text.RegularExpressions;

namespace Anshin.Core.Redaction;

/// <summary>Finds postal codes: 〒 with seven digits, hyphenated or not, or a bare 123-4567.</summary>
internal static partial class PostalCodeDetector
{
    // Without 〒 only the 3-4 hyphenated shape counts; seven bare digits are as likely an account number.
    // Digits or dashes on either side mean a longer number such as a receipt (2026-001234) or a phone number.
    [GeneratedRegex(
        @"〒 ?[0-9]{3}-?[0-9]{4}(?![0-9]|-[0-9])|(?<![0-9+\-]|[0-9][.,])[0-9]{3}-[0-9]{4}(?![0-9]|[\-.,][0-9])",
        RegexOptions.CultureInvariant, DetectionLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();

    public static void Find(string folded, List<Candidate> found)
    {
        foreach (var match in Pattern().EnumerateMatches(folded))
        {
            found.Add(new Candidate(match.Index, match.Length, RedactionKind.PostalCode));
        }
    }
}
