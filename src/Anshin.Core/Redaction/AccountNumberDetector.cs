using System.Text.RegularExpressions;

namespace Anshin.Core.Redaction;

/// <summary>Finds seven-digit bank account numbers that the text itself names as such.</summary>
internal static partial class AccountNumberDetector
{
    // A bare seven-digit number is as likely a receipt or order number; the words 口座 (account), 普通 (ordinary
    // deposit) or 当座 (current account) a few characters before it are what make it an account number.
    // A sum of money (1234567円) is not an account. Only the digits are replaced, so the published example
    // still reads "普通 ［口座番号］".
    [GeneratedRegex(
        @"(?:口座|普通|当座)[^0-9\r\n]{0,8}?(?<number>[0-9]{7})(?![0-9]|円)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, DetectionLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();

    public static void Find(string folded, List<Candidate> found)
    {
        for (var match = Pattern().Match(folded); match.Success; match = match.NextMatch())
        {
            var number = match.Groups["number"];
            found.Add(new Candidate(number.Index, number.Length, RedactionKind.AccountNumber));
        }
    }
}
