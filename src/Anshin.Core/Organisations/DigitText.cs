using System.Globalization;
using System.Text;

namespace Anshin.Core.Organisations;

/// <summary>Reduces a number as people type it (full-width, grouped with spaces or dashes) to its ASCII digits.</summary>
internal static class DigitText
{
    // NFKC folds full-width digits and the full-width hyphen, but not the minus sign or the katakana long-vowel
    // mark, which Japanese IMEs produce when the hyphen key is pressed in kana mode.
    private const string ExtraDashes = "\u2212\u30FC";

    /// <summary>The digits when the input holds exactly <paramref name="length"/> ASCII digits and separators.</summary>
    public static string? Digits(string? input, int length)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var builder = new StringBuilder(length);
        foreach (var c in input.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsAsciiDigit(c))
            {
                if (builder.Length == length)
                {
                    return null;
                }

                builder.Append(c);
            }
            else if (!IsSeparator(c))
            {
                return null;
            }
        }

        return builder.Length == length ? builder.ToString() : null;
    }

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation
        || ExtraDashes.Contains(c, StringComparison.Ordinal);
}
