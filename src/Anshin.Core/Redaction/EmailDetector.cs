using System.Text.RegularExpressions;

namespace Anshin.Core.Redaction;

/// <summary>Finds e-mail addresses in folded text, so full-width ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ counts too.</summary>
internal static partial class EmailDetector
{
    // The local part must start with a letter or digit: the katakana long-vowel mark folds to '-', and
    // "ユーザーtaro@…" must not pull that mark into the address.
    private const string Address =
        @"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}";

    [GeneratedRegex(@"(?<![A-Za-z0-9._%+])" + Address + @"(?![A-Za-z0-9\-]|\.[A-Za-z0-9])",
        RegexOptions.CultureInvariant, DetectionLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();

    [GeneratedRegex("^" + Address + "$", RegexOptions.CultureInvariant, DetectionLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WholePattern();

    public static void Find(string folded, List<Candidate> found)
    {
        foreach (var match in Pattern().EnumerateMatches(folded))
        {
            found.Add(new Candidate(match.Index, match.Length, RedactionKind.Email));
        }
    }

    /// <summary>Whether the whole of an already folded value is one e-mail address.</summary>
    public static bool IsAddress(string folded) => WholePattern().IsMatch(folded);
}
