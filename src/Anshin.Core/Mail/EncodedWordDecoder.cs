using System.Buffers;
using System.Text;

namespace Anshin.Core.Mail;

/// <summary>
/// Decodes RFC 2047 encoded words the way real mailers write them: adjacent words are joined without the
/// whitespace between them, and consecutive words in one charset are decoded as one byte string, so a
/// character split across two words (common with ISO-2022-JP and UTF-8 mailers) comes out whole.
/// </summary>
internal static class EncodedWordDecoder
{
    private const int MaxCharsetLength = 64;

    private static readonly SearchValues<char> NotInCharset = SearchValues.Create(" \t\r\n\"=");

    /// <summary>The text with every encoded word replaced by what it encodes.</summary>
    public static string Decode(string text, ProblemLog? problems = null)
    {
        if (!text.Contains("=?", StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var run = new Run();
        var searches = new Searches(text);
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("=?", i, StringComparison.Ordinal);
            if (start < 0)
            {
                run.Flush(result, problems);
                result.Append(text, i, text.Length - i);
                break;
            }

            if (!TryRead(text, start, searches, out var word))
            {
                run.Flush(result, problems);
                result.Append(text, i, start + 2 - i);
                i = start + 2;
                continue;
            }

            if (word.Malformed)
            {
                problems?.Add(MailProblem.MalformedEncodedWord);
            }

            var between = text.AsSpan(i, start - i);
            if (!run.IsEmpty && between.IsWhiteSpace())
            {
                // Whitespace between two encoded words is folding, not content (RFC 2047 §6.2).
            }
            else
            {
                run.Flush(result, problems);
                result.Append(between);
            }

            var payload = text.AsSpan(word.PayloadStart, word.PayloadLength);
            var bytes = word.IsBase64 ? TransferDecoder.DecodeBase64(Latin1(payload), null) : DecodeQ(payload);
            run.Add(word.Charset, bytes.Span, result, problems);
            i = word.End;
        }

        run.Flush(result, problems);
        return result.ToString();
    }

    private static bool TryRead(string text, int start, Searches searches, out EncodedWord word)
    {
        word = default;
        var charsetStart = start + 2;
        var charsetEnd = text.IndexOf('?', charsetStart);
        if (charsetEnd <= charsetStart || charsetEnd - charsetStart > MaxCharsetLength || charsetEnd + 2 >= text.Length)
        {
            return false;
        }

        var charset = text.AsSpan(charsetStart, charsetEnd - charsetStart);
        if (charset.ContainsAny(NotInCharset) || text[charsetEnd + 2] != '?')
        {
            return false;
        }

        var isBase64 = text[charsetEnd + 1] is 'B' or 'b';
        if (!isBase64 && text[charsetEnd + 1] is not ('Q' or 'q'))
        {
            return false;
        }

        var payloadStart = charsetEnd + 3;
        var close = searches.Next("?=", payloadStart);
        var nextWord = searches.Next("=?", payloadStart);
        var malformed = false;
        if (close < 0 || (nextWord >= 0 && nextWord + 1 < close))
        {
            // No "?=" before the next word or the end: the word runs to the next whitespace.
            malformed = true;
            close = payloadStart;
            while (close < text.Length && !char.IsWhiteSpace(text[close]) && (nextWord < 0 || close < nextWord))
            {
                close++;
            }
        }

        var end = Math.Min(text.Length, close + 2);
        if (malformed)
        {
            end = close;
            while (close > payloadStart && text[close - 1] == '?')
            {
                close--;
            }
        }

        word = new EncodedWord(charset.ToString(), isBase64, payloadStart, close - payloadStart, end, malformed);
        return true;
    }

    private static byte[] Latin1(ReadOnlySpan<char> chars)
    {
        var bytes = new byte[chars.Length];
        for (var k = 0; k < chars.Length; k++)
        {
            bytes[k] = (byte)chars[k];
        }

        return bytes;
    }

    private static byte[] DecodeQ(ReadOnlySpan<char> payload)
    {
        var bytes = new List<byte>(payload.Length);
        for (var k = 0; k < payload.Length; k++)
        {
            var c = payload[k];
            if (c == '_')
            {
                bytes.Add((byte)' ');
            }
            else if (c == '=' && k + 2 < payload.Length && IsHex(payload[k + 1]) && IsHex(payload[k + 2]))
            {
                bytes.Add((byte)((HexValue(payload[k + 1]) << 4) | HexValue(payload[k + 2])));
                k += 2;
            }
            else if (c < 0x100)
            {
                bytes.Add((byte)c);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        return [.. bytes];
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    // Remembers where each marker occurs next, so that many unterminated words cannot make decoding quadratic.
    private sealed class Searches(string text)
    {
        private readonly Dictionary<string, (int From, int Index)> found = new(StringComparer.Ordinal);

        public int Next(string marker, int from)
        {
            // Nothing lies between an earlier search's start and its hit (or the end, for a miss).
            if (found.TryGetValue(marker, out var hit) && from >= hit.From && (hit.Index < 0 || hit.Index >= from))
            {
                return hit.Index;
            }

            var index = text.IndexOf(marker, from, StringComparison.Ordinal);
            found[marker] = (from, index);
            return index;
        }
    }

    private readonly record struct EncodedWord(
        string Charset, bool IsBase64, int PayloadStart, int PayloadLength, int End, bool Malformed);

    // Consecutive words in one charset, held as bytes until a word in another charset or plain text ends them.
    private sealed class Run
    {
        private readonly List<byte> bytes = [];
        private string? charset;

        public bool IsEmpty => charset is null;

        public void Add(string wordCharset, ReadOnlySpan<byte> wordBytes, StringBuilder result, ProblemLog? problems)
        {
            if (charset is not null && !string.Equals(charset, wordCharset, StringComparison.OrdinalIgnoreCase))
            {
                Flush(result, problems);
            }

            charset = wordCharset;
            foreach (var b in wordBytes)
            {
                bytes.Add(b);
            }
        }

        public void Flush(StringBuilder result, ProblemLog? problems)
        {
            if (charset is null)
            {
                return;
            }

            result.Append(MailCharsets.Decode(bytes.ToArray(), charset, problems));
            bytes.Clear();
            charset = null;
        }
    }
}
