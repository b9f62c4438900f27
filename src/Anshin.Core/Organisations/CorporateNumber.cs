namespace Anshin.Core.Organisations;

/// <summary>
/// The 13-digit corporate number (法人番号) assigned by the National Tax Agency. The first digit is a check
/// digit over the other twelve.
/// </summary>
/// <remarks>
/// The check catches every single-digit error except a 0 typed as 9 or a 9 typed as 0 among the twelve base
/// digits: such a change moves the weighted sum by 9 or 18, which the modulus 9 cannot see.
/// </remarks>
public static class CorporateNumber
{
    private const int Length = 13;

    /// <summary>Whether the input, after normalisation, is a corporate number with a correct check digit.</summary>
    public static bool IsValid(string? digits) =>
        Normalize(digits) is { } number && number[0] - '0' == CheckDigit(number[1..]);

    /// <summary>
    /// The 13 ASCII digits of the input after NFKC (so full-width digits count) with spaces and hyphens removed,
    /// or null when that is not exactly 13 digits. The check digit is not verified here.
    /// </summary>
    public static string? Normalize(string? input) => DigitText.Digits(input, Length);

    /// <summary>
    /// The check digit, 1 to 9, for the twelve base digits: 9 − (Σ digit × weight) mod 9, with weights 1 and 2
    /// alternating from the last digit, which has weight 1.
    /// </summary>
    /// <exception cref="ArgumentException">The text is not twelve ASCII digits.</exception>
    public static int CheckDigit(string twelveDigits)
    {
        ArgumentNullException.ThrowIfNull(twelveDigits);
        if (twelveDigits.Length != Length - 1 || !twelveDigits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("The base of a corporate number is twelve ASCII digits.", nameof(twelveDigits));
        }

        var sum = 0;
        for (var i = 0; i < twelveDigits.Length; i++)
        {
            var positionFromLast = twelveDigits.Length - i;
            var weight = positionFromLast % 2 == 1 ? 1 : 2;
            sum += (twelveDigits[i] - '0') * weight;
        }

        return 9 - (sum % 9);
    }
}
