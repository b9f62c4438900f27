using System.Security.Cryptography;
using System.Text;

namespace Anshin.Core.Security;

/// <summary>
/// The code that brings an organisation without an account back to its results: 16 characters of Crockford's base 32
/// (80 random bits) shown in groups of four. Typing is forgiving: width, case, hyphens and spaces do not matter,
/// and O, I and L read as 0, 1 and 1. Only its SHA-256 is stored; 80 random bits need no slow hash.
/// </summary>
public static class ResumeCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 16;

    /// <summary>A new code, formatted <c>XXXX-XXXX-XXXX-XXXX</c>.</summary>
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        var code = new StringBuilder(Length + 3);
        for (var i = 0; i < Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                code.Append('-');
            }

            code.Append(Alphabet[bytes[i] & 31]);
        }

        return code.ToString();
    }

    /// <summary>The 16 significant characters of what was typed, or null when it cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var code = new StringBuilder(Length);
        foreach (var c in input.Normalize(NormalizationForm.FormKC).ToUpperInvariant())
        {
            var mapped = c switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                _ => c,
            };
            if (mapped is '-' or ' ' or '\u3000')
            {
                continue;
            }

            if (!Alphabet.Contains(mapped, StringComparison.Ordinal))
            {
                return null;
            }

            code.Append(mapped);
        }

        return code.Length == Length ? code.ToString() : null;
    }

    /// <summary>The value stored for a code (SHA-256, lower-case hex), or null when the input cannot be a code.</summary>
    public static string? Hash(string? input) =>
        Normalize(input) is { } code ? Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(code))) : null;
}
