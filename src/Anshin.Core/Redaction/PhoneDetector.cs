using System.Text.RegularExpressions;

namespace Anshin.Core.Redaction;

/// <summary>
/// Finds Japanese telephone numbers: mobile and IP phones (070/080/090/050), landlines with area codes of
/// two to five digits, toll-free 0120/0800, and the same numbers in +81 form.
/// </summary>
internal static partial class PhoneDetector
{
    // The pattern accepts any grouping that looks like a phone number; the digit count decides. Digits, dashes
    // and '+' just before it, or digits just after, mean the number is part of something longer (a receipt
    // number, a card number), and a preceding "digit." or "digit," means a decimal or a price.
    [GeneratedRegex(
        @"(?<![0-9+\-]|[0-9][.,])(?:" +
        @"\+81[ \-]?(?:\(0\)[ \-]?)?[1-9][0-9]{0,3}[ \-]?[0-9]{1,4}[ \-]?[0-9]{3,4}" +
        @"|\(0[0-9]{1,4}\) ?[0-9]{1,4}[ \-]?[0-9]{3,4}" +
        @"|0[0-9]{1,4}\([0-9]{1,4}\)[0-9]{3,4}" +
        @"|0[0-9]{1,4}[ \-][0-9]{1,4}[ \-][0-9]{3,4}" +
        @"|0[0-9]{9,10}" +
        @")(?![0-9]|[\-.,][0-9])",
        RegexOptions.CultureInvariant, DetectionLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();

    public static void Find(string folded, List<Candidate> found)
    {
        foreach (var match in Pattern().EnumerateMatches(folded))
        {
            if (IsPhoneNumber(folded.AsSpan(match.Index, match.Length)))
            {
                found.Add(new Candidate(match.Index, match.Length, RedactionKind.Phone));
            }
        }
    }

    /// <summary>Whether the digits of a folded candidate make a number that can be dialled in Japan.</summary>
    public static bool IsPhoneNumber(ReadOnlySpan<char> candidate)
    {
        Span<char> digits = stackalloc char[candidate.Length];
        var count = 0;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
            }
        }

        digits = digits[..count];
        return candidate.StartsWith("+81", StringComparison.Ordinal) ? IsNationalNumber(digits[2..]) : IsDomesticNumber(digits);
    }

    // After +81 the trunk prefix 0 is dropped, though some write it as "+81(0)3…".
    private static bool IsNationalNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length > 0 && digits[0] == '0')
        {
            digits = digits[1..];
        }

        return digits.Length switch
        {
            9 => digits[0] != '0',
            10 => digits[1] == '0' && (digits[0] is '5' or '7' or '8' or '9'),
            _ => false,
        };
    }

    // Ten digits for landlines, 0120 and 0570 numbers; eleven only for the mobile, IP-phone and 0800 ranges.
    private static bool IsDomesticNumber(ReadOnlySpan<char> digits) => digits.Length switch
    {
        10 => digits[0] == '0' && digits[1] != '0',
        11 => digits[0] == '0' && (digits[1..3] is "50" or "70" or "80" or "90" || digits[..4] is "0800"),
        _ => false,
    };
}
