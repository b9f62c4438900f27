using System.Text;

namespace Anshin.Core.Mail;

/// <summary>
/// Reads RFC 5322 address lists leniently: groups, comments, obsolete routes, quoted display names holding
/// encoded words, names written without quotes, and a bare address followed by a name in parentheses.
/// </summary>
internal static class AddressListParser
{
    /// <summary>The mailboxes in a field value that has not yet been RFC 2047-decoded.</summary>
    public static List<MailAddress> Parse(string? text, ProblemLog? problems = null)
    {
        var result = new List<MailAddress>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        var current = new Mailbox();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case ',' or ';':
                    current.Finish(result, problems);
                    i++;
                    break;
                case ':' when current.Angle is null:
                    // A group's name ("undisclosed-recipients:") is not a mailbox.
                    current = new Mailbox();
                    i++;
                    break;
                case '"':
                    current.AddWord(ReadQuoted(text, ref i), quoted: true, adjacent: false);
                    break;
                case '(':
                    current.Comment ??= ReadComment(text, ref i).Trim();
                    break;
                case '<':
                    current.Angle = ReadAngle(text, ref i);
                    break;
                case '>':
                    i++;
                    break;
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        i++;
                        current.Separated = true;
                    }
                    else
                    {
                        current.AddWord(ReadAtom(text, ref i), quoted: false, adjacent: !current.Separated);
                    }

                    break;
            }
        }

        current.Finish(result, problems);
        if (result.Any(address => address.Address.Contains('@', StringComparison.Ordinal)))
        {
            result.RemoveAll(address => !address.Address.Contains('@', StringComparison.Ordinal));
        }

        return result;
    }

    /// <summary>The address with whitespace removed and the domain in lower case.</summary>
    public static string NormaliseAddress(string address)
    {
        var builder = new StringBuilder(address.Length);
        var quoted = false;
        foreach (var c in address)
        {
            quoted ^= c == '"';
            if (quoted || (!char.IsWhiteSpace(c) && c is not ('<' or '>')))
            {
                builder.Append(c);
            }
        }

        var text = builder.ToString();
        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[7..];
        }

        // An obsolete source route ("@relay.example:user@example.jp") precedes the address proper.
        if (text.StartsWith('@') && text.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
        {
            text = text[(colon + 1)..];
        }

        text = text.Trim('.', ',', ';', '\'');
        var at = text.LastIndexOf('@');
        return at < 0 ? text : string.Concat(text.AsSpan(0, at + 1), text[(at + 1)..].ToLowerInvariant());
    }

    // Some mailers quote a name twice or in apostrophes: ""Name"" or 'Name'.
    private static string Unquote(string name)
    {
        while (name.Length >= 2 && name[0] is '"' or '\'' && name[^1] == name[0])
        {
            name = name[1..^1].Trim();
        }

        return name;
    }

    private static string ReadQuoted(string text, ref int i)
    {
        var builder = new StringBuilder();
        i++;
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            builder.Append(text[i]);
            i++;
        }

        i++;
        return builder.ToString();
    }

    private static string ReadComment(string text, ref int i)
    {
        var builder = new StringBuilder();
        var depth = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                builder.Append(text[++i]);
                continue;
            }

            if (c == '(')
            {
                if (depth++ > 0)
                {
                    builder.Append(c);
                }

                continue;
            }

            if (c == ')' && --depth == 0)
            {
                i++;
                break;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string ReadAngle(string text, ref int i)
    {
        var close = text.IndexOf('>', i + 1);
        var end = close < 0 ? text.Length : close;
        var inner = text[(i + 1)..end];
        i = close < 0 ? text.Length : close + 1;
        var comment = inner.IndexOf('(', StringComparison.Ordinal);
        return comment >= 0 ? inner[..comment] : inner;
    }

    private static string ReadAtom(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '(' or ')' or '<' or '>' or ',' or ';' or ':'))
        {
            i++;
        }

        if (i == start)
        {
            i++;
            return string.Empty;
        }

        return text[start..i];
    }

    private sealed class Mailbox
    {
        private readonly List<(string Text, bool Quoted)> words = [];

        public string? Angle { get; set; }

        public string? Comment { get; set; }

        public bool Separated { get; set; } = true;

        public void AddWord(string word, bool quoted, bool adjacent)
        {
            // "john doe"@example.jp: a quoted local part directly followed by its domain is one address.
            if (adjacent && words.Count > 0 && word.StartsWith('@'))
            {
                var (previous, wasQuoted) = words[^1];
                words[^1] = ((wasQuoted ? $"\"{previous}\"" : previous) + word, false);
            }
            else if (word.Length > 0)
            {
                words.Add((word, quoted));
            }

            Separated = false;
        }

        public void Finish(List<MailAddress> result, ProblemLog? problems)
        {
            string address;
            var nameWords = words;
            if (Angle is not null)
            {
                address = Angle;
            }
            else
            {
                var index = words.FindIndex(word => !word.Quoted && word.Text.Contains('@', StringComparison.Ordinal));
                if (index < 0 && words.Count == 1)
                {
                    index = 0;
                }

                address = index < 0 ? string.Empty : words[index].Text;
                nameWords = index < 0 ? words : [.. words.Where((_, k) => k != index)];
            }

            var name = string.Join(' ', nameWords.Select(word => word.Text));
            if (name.Trim().Length == 0 && Comment is { Length: > 0 })
            {
                name = Comment;
            }

            name = Unquote(EncodedWordDecoder.Decode(name, problems).Trim());
            address = NormaliseAddress(address);
            if (address.Length > 0)
            {
                result.Add(new MailAddress(name, address));
            }

            words.Clear();
            Angle = null;
            Comment = null;
            Separated = true;
        }
    }
}
