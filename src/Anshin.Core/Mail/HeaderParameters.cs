using System.Text;

namespace Anshin.Core.Mail;

/// <summary>
/// A Content-Type or Content-Disposition field: its main value (media type or disposition) and its
/// parameters, with RFC 2231 continuations and charsets joined and decoded, and the non-standard RFC 2047
/// encoded words Japanese mailers put in quoted <c>name</c> and <c>filename</c> values decoded as well.
/// </summary>
internal sealed class HeaderParameters
{
    private const int MaxSection = 999;

    private readonly Dictionary<string, string> parameters;

    private HeaderParameters(string value, Dictionary<string, string> parameters)
    {
        Value = value;
        this.parameters = parameters;
    }

    /// <summary>The lower-case main value, such as <c>text/plain</c> or <c>attachment</c>; empty when absent.</summary>
    public string Value { get; }

    /// <summary>The value of a parameter, or <see langword="null"/> when it is absent.</summary>
    public string? this[string name] => parameters.TryGetValue(name, out var value) ? value : null;

    public static HeaderParameters Parse(string? field, ProblemLog? problems = null)
    {
        var text = field ?? string.Empty;
        var i = 0;
        var value = ReadMainValue(text, ref i);
        var plain = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sections = new Dictionary<string, SortedList<int, (bool Extended, string Value)>>(StringComparer.OrdinalIgnoreCase);
        while (i < text.Length)
        {
            if (text[i] is ';' or ' ' or '\t' or '\r' or '\n')
            {
                i++;
                continue;
            }

            var nameStart = i;
            while (i < text.Length && text[i] is not ('=' or ';'))
            {
                i++;
            }

            var name = text[nameStart..i].Trim();
            if (i >= text.Length || text[i] == ';')
            {
                continue;
            }

            i++;
            var parameterValue = ReadValue(text, ref i);
            if (name.Length > 0)
            {
                Store(name, parameterValue, plain, sections);
            }
        }

        foreach (var (name, parts) in sections)
        {
            plain[name] = JoinSections(parts, problems);
        }

        foreach (var key in plain.Keys.ToList())
        {
            if (plain[key].Contains("=?", StringComparison.Ordinal))
            {
                plain[key] = EncodedWordDecoder.Decode(plain[key], problems);
            }
        }

        return new HeaderParameters(value, plain);
    }

    private static string ReadMainValue(string text, ref int i)
    {
        var builder = new StringBuilder();
        var depth = 0;
        for (; i < text.Length && (text[i] != ';' || depth > 0); i++)
        {
            var c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && !char.IsWhiteSpace(c) && c != '"')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().ToLowerInvariant();
    }

    private static string ReadValue(string text, ref int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        if (i < text.Length && text[i] == '"')
        {
            var builder = new StringBuilder();
            i++;
            while (i < text.Length && text[i] != '"')
            {
                // Only \" and \\ are escapes: Windows mailers send paths such as "C:\temp\a.txt" unescaped.
                if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
                {
                    i++;
                }

                builder.Append(text[i]);
                i++;
            }

            i++;
            return builder.ToString();
        }

        var start = i;
        while (i < text.Length && text[i] != ';')
        {
            i++;
        }

        return text[start..i].Trim();
    }

    private static void Store(
        string name,
        string value,
        Dictionary<string, string> plain,
        Dictionary<string, SortedList<int, (bool Extended, string Value)>> sections)
    {
        var star = name.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            plain.TryAdd(name, value);
            return;
        }

        var baseName = name[..star];
        var rest = name[(star + 1)..];
        var extended = rest.EndsWith('*') || rest.Length == 0;
        var digits = rest.TrimEnd('*');
        var index = 0;
        if (digits.Length > 0 && (!int.TryParse(digits, System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out index) || index > MaxSection))
        {
            return;
        }

        if (!sections.TryGetValue(baseName, out var parts))
        {
            parts = [];
            sections[baseName] = parts;
        }

        parts.TryAdd(index, (extended, value));
    }

    private static string JoinSections(SortedList<int, (bool Extended, string Value)> parts, ProblemLog? problems)
    {
        string? charset = null;
        var bytes = new List<byte>();
        var first = true;
        foreach (var (extended, value) in parts.Values)
        {
            var text = value;
            if (first && extended)
            {
                var quote = text.IndexOf('\'', StringComparison.Ordinal);
                var second = quote < 0 ? -1 : text.IndexOf('\'', quote + 1);
                if (second >= 0)
                {
                    charset = text[..quote];
                    text = text[(second + 1)..];
                }
            }

            first = false;
            if (extended)
            {
                PercentDecode(text, bytes);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text));
            }
        }

        return MailCharsets.Decode(bytes.ToArray(), charset, problems);
    }

    private static void PercentDecode(string text, List<byte> bytes)
    {
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (c == '%' && k + 2 < text.Length && char.IsAsciiHexDigit(text[k + 1]) && char.IsAsciiHexDigit(text[k + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(k + 1, 2), 16));
                k += 2;
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }
    }
}
