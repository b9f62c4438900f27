using System.Text;

namespace Anshin.Core.Text;

/// <summary>
/// Normalises what consulters type into contact forms. Japanese input methods produce full-width letters,
/// digits and symbols and half-width katakana; NFKC folds them so that the same answer is stored the same
/// way however it was typed, and the same consulter is recognised when they write again.
/// </summary>
public static class ContactText
{
    private const int MaxEmailLength = 254;
    private const int MaxLocalPartLength = 64;
    private const int MaxLabelLength = 63;
    private const string CountryCode = "+81";

    /// <summary>
    /// A free-text answer as it should be stored: NFKC, line breaks as <c>\n</c>, without surrounding white
    /// space, and without control characters other than tab and line feed.
    /// </summary>
    /// <remarks>
    /// Control characters are removed because nobody types them, and PostgreSQL refuses NUL in text columns.
    /// </remarks>
    /// <param name="text">The answer; <see langword="null"/> is stored as the empty string.</param>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC).ReplaceLineEndings("\n");
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsControl(c) || c is '\t' or '\n')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>
    /// An e-mail address as the desk stores and compares it, or <see langword="null"/> when the text is not
    /// a plausible address. White space anywhere is removed and the domain is lower-cased; the local part
    /// keeps its case, because RFC 5321 lets the receiving server treat it as case-sensitive.
    /// </summary>
    /// <remarks>
    /// Deliberately narrower than RFC 5322: one <c>@</c>, a dot-atom local part of up to 64 characters, and
    /// an ASCII domain of at least two labels ending in an alphabetic top-level domain. Quoted local parts,
    /// address literals and Unicode domains are refused; 。 is not taken for a dot, so that a mistyped
    /// address is shown to the consulter rather than silently guessed.
    /// </remarks>
    public static string? NormalizeEmail(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = RemoveWhiteSpace(text.Normalize(NormalizationForm.FormKC));
        var at = compact.IndexOf('@', StringComparison.Ordinal);
        if (compact.Length > MaxEmailLength || at < 0 || at != compact.LastIndexOf('@'))
        {
            return null;
        }

        var local = compact[..at];
        var domain = compact[(at + 1)..].ToLowerInvariant();
        return IsLocalPart(local) && IsDomain(domain) ? $"{local}@{domain}" : null;
    }

    /// <summary>
    /// A Japanese telephone number for display, grouped as the consulter grouped it but with ASCII hyphens,
    /// or <see langword="null"/> when it is not a plausible number.
    /// </summary>
    /// <remarks>
    /// Digits may be separated by spaces, parentheses, hyphens and every dash an input method offers
    /// (ー － ‐ ‑ – — ― −): <c>０３（１２３４）５６７８</c> becomes <c>03-1234-5678</c> and
    /// <c>090 1234 5678</c> becomes <c>090-1234-5678</c>. A domestic number starts with 0 and has 10 or
    /// 11 digits; an international one starts with <c>+81</c> followed by 9 to 12 digits. Letters, other
    /// country codes and other symbols are refused.
    /// </remarks>
    public static string? NormalizePhone(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC).Trim();
        var international = normalized.StartsWith(CountryCode, StringComparison.Ordinal);
        var groups = new List<string>();
        var group = new StringBuilder();
        foreach (var c in international ? normalized[1..] : normalized)
        {
            if (char.IsAsciiDigit(c))
            {
                group.Append(c);
            }
            else if (IsPhoneSeparator(c))
            {
                EndGroup(groups, group);
            }
            else
            {
                return null;
            }
        }

        EndGroup(groups, group);
        var digits = groups.Sum(g => g.Length);
        var plausible = international
            ? digits - 2 is >= 9 and <= 12
            : digits is 10 or 11 && groups[0][0] == '0';
        return plausible ? (international ? "+" : string.Empty) + string.Join('-', groups) : null;
    }

    /// <summary>
    /// The digits of a telephone number in domestic form, to recognise the same consulter however the number
    /// was written: <c>+81-90-1234-5678</c>, <c>090-1234-5678</c> and <c>09012345678</c> all give
    /// <c>09012345678</c>.
    /// </summary>
    /// <param name="phone">A number, normally one returned by <see cref="NormalizePhone"/>.</param>
    public static string PhoneDigits(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var normalized = phone.Normalize(NormalizationForm.FormKC).Trim();
        var digits = string.Concat(normalized.Where(char.IsAsciiDigit));
        if (!normalized.StartsWith(CountryCode, StringComparison.Ordinal))
        {
            return digits;
        }

        // People often keep the trunk 0 after the country code (+81 090 …); it must not be doubled.
        var national = digits[(CountryCode.Length - 1)..];
        return national.StartsWith('0') ? national : "0" + national;
    }

    private static void EndGroup(List<string> groups, StringBuilder group)
    {
        if (group.Length > 0)
        {
            groups.Add(group.ToString());
            group.Clear();
        }
    }

    // NFKC has already mapped full-width parentheses and spaces to ASCII.
    private static bool IsPhoneSeparator(char c) => c is ' ' or '\t' or '(' or ')' || Dashes.IsDash(c);

    private static string RemoveWhiteSpace(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static bool IsLocalPart(string local)
    {
        if (local.Length is 0 or > MaxLocalPartLength
            || local[0] == '.' || local[^1] == '.'
            || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !"!#$%&'*+-/=?^_`{|}~.".Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length < 2)
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > MaxLabelLength
                || label[0] == '-' || label[^1] == '-'
                || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        var topLevel = labels[^1];
        return topLevel.Length >= 2 && topLevel.All(char.IsAsciiLetter);
    }
}
