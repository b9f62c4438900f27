namespace Anshin.Core.Mail;

/// <summary>Reads msg-id lists (Message-ID, In-Reply-To, References) without their angle brackets.</summary>
internal static class MessageIdParser
{
    /// <summary>
    /// The ids in angle brackets, in order; when there are none, the words that look like ids (hold an
    /// <c>@</c>), because some mailers drop the brackets.
    /// </summary>
    public static List<string> ParseAll(string? text)
    {
        var ids = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return ids;
        }

        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('<', i);
            if (open < 0)
            {
                break;
            }

            var close = text.IndexOf('>', open + 1);
            var end = close < 0 ? text.Length : close;
            var id = Clean(text.AsSpan(open + 1, end - open - 1));
            if (id.Length > 0)
            {
                ids.Add(id);
            }

            i = end + 1;
        }

        if (ids.Count == 0)
        {
            foreach (var word in text.Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Contains('@', StringComparison.Ordinal) && !word.StartsWith('('))
                {
                    ids.Add(Clean(word));
                }
            }
        }

        return ids;
    }

    /// <summary>The first id, or the whole trimmed value when it holds no recognisable id.</summary>
    public static string? ParseFirst(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var ids = ParseAll(text);
        if (ids.Count > 0)
        {
            return ids[0];
        }

        var cleaned = Clean(text);
        return cleaned.Length == 0 ? null : cleaned;
    }

    // Folding can split a long id; whitespace is never part of one.
    private static string Clean(ReadOnlySpan<char> id)
    {
        Span<char> buffer = id.Length <= 256 ? stackalloc char[id.Length] : new char[id.Length];
        var written = 0;
        foreach (var c in id)
        {
            if (!char.IsWhiteSpace(c) && c is not ('<' or '>'))
            {
                buffer[written++] = c;
            }
        }

        return new string(buffer[..written]);
    }
}
