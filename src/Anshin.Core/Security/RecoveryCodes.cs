using System.Collections.ObjectModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Anshin.Core.Security;

/// <summary>One-time recovery codes for when the authenticator is lost, printed or written down by the user.</summary>
public static class RecoveryCodes
{
    // No 0/O, 1/I/L: the codes are read off paper and typed back by hand.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const int CodeLength = 10;

    /// <summary>
    /// Generates codes of the form <c>ABCD-EFGH-JK</c>: ten characters from a 31-symbol alphabet, about 49 bits each.
    /// </summary>
    /// <param name="count">How many codes, 1 to 100.</param>
    public static IReadOnlyList<string> Generate(int count = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 100);
        var codes = new string[count];
        for (var i = 0; i < count; i++)
        {
            var raw = RandomNumberGenerator.GetString(Alphabet, CodeLength);
            codes[i] = $"{raw[..4]}-{raw[4..8]}-{raw[8..]}";
        }

        return new ReadOnlyCollection<string>(codes);
    }

    /// <summary>
    /// The canonical form to compare or hash: NFKC (so full-width input from a Japanese IME matches), upper case,
    /// without spaces or dashes.
    /// </summary>
    public static string Normalize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var builder = new StringBuilder(input.Length);
        foreach (var c in input.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation)
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
