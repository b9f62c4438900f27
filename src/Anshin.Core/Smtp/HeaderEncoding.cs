using System.Text;

namespace Anshin.Core.Smtp;

/// <summary>
/// Writes header text that may hold Japanese: ASCII stays as it is, anything else becomes RFC 2047 encoded words
/// (UTF-8, base64) of at most 75 characters each, never splitting a character between two words.
/// </summary>
public static class HeaderEncoding
{
    private const int MaxEncodedWord = 75;
    private const int MaxLine = 76;
    private const string Prefix = "=?UTF-8?B?";
    private const string Suffix = "?=";

    // Each encoded word holds at most this many bytes: 4 * ceil(n / 3) + prefix + suffix <= 75.
    private const int MaxBytesPerWord = (MaxEncodedWord - 12) / 4 * 3;

    /// <summary>
    /// Unstructured text (a subject): encoded words separated by folding whitespace when needed.
    /// <paramref name="used"/> is how much of the first line the header name already takes, so no line passes 76.
    /// </summary>
    public static string Unstructured(string text, int used = 0)
    {
        text = text.ReplaceLineEndings(" ");
        return IsPlain(text) ? text : string.Join("\r\n ", EncodedWords(text, used));
    }

    /// <summary>A display name: left as is when it is a plain atom sequence, quoted when it has specials, else encoded.</summary>
    public static string DisplayName(string name, int used = 0)
    {
        name = name.ReplaceLineEndings(" ").Trim();
        if (!IsPlain(name))
        {
            return string.Join("\r\n ", EncodedWords(name, used));
        }

        return name.Any(c => "()<>[]:;@\\,.\"".Contains(c))
            ? "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : name;
    }

    public static string Mailbox(MailboxAddress address, int used = 0)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.Address.Length == 0 || address.Address.Any(c => c is <= ' ' or '<' or '>' or ',' or > '~'))
        {
            throw new ArgumentException("Not a deliverable address.", nameof(address));
        }

        if (string.IsNullOrWhiteSpace(address.DisplayName))
        {
            return $"<{address.Address}>";
        }

        var name = DisplayName(address.DisplayName, used);
        var lastLine = name.Length - (name.LastIndexOf('\n') + 1) + (name.Contains('\n', StringComparison.Ordinal) ? 0 : used);
        return lastLine + address.Address.Length + 3 > MaxLine ? $"{name}\r\n <{address.Address}>" : $"{name} <{address.Address}>";
    }

    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        // A literal "=?" could be mistaken for an encoded word by the reader.
        return !text.Contains("=?", StringComparison.Ordinal);
    }

    private static IEnumerable<string> EncodedWords(string text, int used)
    {
        var chunk = new StringBuilder();
        var chunkBytes = 0;
        // The first word shares its line with the header name; later ones start a folded line after one space.
        var limit = Math.Max(3, Math.Min(MaxBytesPerWord, (MaxLine - used - 12) / 4 * 3));
        foreach (var rune in text.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (chunkBytes + size > limit && chunkBytes > 0)
            {
                limit = MaxBytesPerWord;
                yield return Encode(chunk.ToString());
                chunk.Clear();
                chunkBytes = 0;
            }

            chunk.Append(rune.ToString());
            chunkBytes += size;
        }

        if (chunk.Length > 0)
        {
            yield return Encode(chunk.ToString());
        }
    }

    private static string Encode(string chunk) => Prefix + Convert.ToBase64String(Encoding.UTF8.GetBytes(chunk)) + Suffix;
}
