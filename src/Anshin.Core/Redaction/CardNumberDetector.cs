using System.Text.RegularExpressions;

namespace Anshin.Core.Redaction;

/// <summary>Finds payment card numbers of 13 to 19 digits that pass the Luhn check.</summary>
internal static partial class CardNumberDetector
{
    private const int ShortestCard = 13;
    private const int LongestCard = 19;

    [GeneratedRegex(@"(?<![0-9\-]|[0-9][.,])[0-9](?:[ \-]?[0-9]){12,18}(?![0-9]|[\-.,][0-9])",
        RegexOptions.CultureInvariant, DetectionLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();

    public static void Find(string folded, List<Candidate> found)
    {
        foreach (var match in Pattern().EnumerateMatches(folded))
        {
            var candidate = folded.AsSpan(match.Index, match.Length);
            if (IsGroupedLikeACard(candidate) && PassesLuhn(candidate))
            {
                found.Add(new Candidate(match.Index, match.Length, RedactionKind.CardNumber));
            }
        }
    }

    // Cards are printed in fours (the last group may be shorter) or as American Express and Diners print
    // them, 4-6-5 and 4-6-4. Any other grouping is more likely two numbers side by side, e.g. two phone numbers.
    private static bool IsGroupedLikeACard(ReadOnlySpan<char> candidate)
    {
        Span<int> groups = stackalloc int[LongestCard];
        var count = 0;
        var length = 0;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                length++;
            }
            else
            {
                groups[count++] = length;
                length = 0;
            }
        }

        groups[count++] = length;
        groups = groups[..count];
        if (count == 1)
        {
            return true;
        }

        if (groups is [4, 6, 5] or [4, 6, 4])
        {
            return true;
        }

        foreach (var group in groups[..^1])
        {
            if (group != 4)
            {
                return false;
            }
        }

        return groups[^1] is >= 1 and <= 4;
    }

    private static bool PassesLuhn(ReadOnlySpan<char> candidate)
    {
        var sum = 0;
        var digits = 0;
        for (var i = candidate.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(candidate[i]))
            {
                continue;
            }

            var digit = candidate[i] - '0';
            if (digits++ % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return digits is >= ShortestCard and <= LongestCard && sum % 10 == 0;
    }
}
