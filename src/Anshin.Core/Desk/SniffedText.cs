using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Anshin.Core.Desk;

/// <summary>
/// Decodes the head of a file as text in one of the encodings Japanese senders use, refusing bytes that
/// are not valid in any of them. An incomplete character at the very end is dropped, because the head may
/// have been cut in the middle of one.
/// </summary>
internal static class SniffedText
{
    private const byte Escape = 0x1B;

    // Unmapped byte sequences decode to U+FFFD so that they can be refused without exceptions.
    private static readonly DecoderReplacementFallback Replacement = new("\uFFFD");
    private static readonly Encoding ShiftJis = CodePage(932);
    private static readonly Encoding EucJp = CodePage(51932);

    // 50221 also understands ESC ( I, the half-width katakana set some Japanese mailers still emit.
    private static readonly Encoding Iso2022Jp = CodePage(50221);

    private enum JisMode
    {
        Ascii,
        TwoByte,
        Katakana,
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The decoded text without a byte order mark, or <see langword="null"/> when it is not text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            return DecodeUtf8(bytes[Utf8Bom.Length..]);
        }

        if (bytes.IndexOf(Escape) >= 0 && bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0)
        {
            var length = Iso2022JpLength(bytes);
            return length < 0 ? null : DecodeLegacy(Iso2022Jp, bytes[..length]);
        }

        // Valid UTF-8 with non-ASCII bytes is almost never Shift_JIS or EUC-JP text by accident, so it goes
        // first; EUC-JP goes before Shift_JIS because EUC-JP text also passes as Shift_JIS half-width kana,
        // while Shift_JIS kana and kanji use lead bytes that EUC-JP lacks.
        if (DecodeUtf8(bytes) is { } utf8)
        {
            return utf8;
        }

        var eucLength = EucJpLength(bytes);
        if (eucLength >= 0 && DecodeLegacy(EucJp, bytes[..eucLength]) is { } euc)
        {
            return euc;
        }

        var shiftJisLength = ShiftJisLength(bytes);
        return shiftJisLength < 0 ? null : DecodeLegacy(ShiftJis, bytes[..shiftJisLength]);
    }

    private static string? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(
            bytes, chars, out _, out var written, replaceInvalidSequences: false, isFinalBlock: false);
        return status is OperationStatus.Done or OperationStatus.NeedMoreData ? new string(chars, 0, written) : null;
    }

    private static string? DecodeLegacy(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        var text = encoding.GetString(bytes);
        return text.Contains('\uFFFD', StringComparison.Ordinal) ? null : text;
    }

    // The length of the valid prefix, or -1 when an invalid sequence occurs before the last character.
    private static int ShiftJisLength(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var lead = bytes[i];
            if (lead < 0x80 || lead is >= 0xA1 and <= 0xDF)
            {
                i++;
                continue;
            }

            // 0xF0–0xF9 is the user-defined (gaiji) area: private characters that mean nothing to us.
            if (lead is not ((>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xEF) or (>= 0xFA and <= 0xFC)))
            {
                return -1;
            }

            if (i + 1 == bytes.Length)
            {
                return i;
            }

            if (bytes[i + 1] is not ((>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFC)))
            {
                return -1;
            }

            i += 2;
        }

        return i;
    }

    // JIS X 0212 through SS3 (0x8F) is refused: .NET's EUC-JP decoder does not map it and mail never uses it.
    private static int EucJpLength(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            var trailMax = lead switch
            {
                0x8E => 0xDF,
                >= 0xA1 and <= 0xFE => 0xFE,
                _ => -1,
            };
            if (trailMax < 0)
            {
                return -1;
            }

            if (i + 1 == bytes.Length)
            {
                return i;
            }

            if (bytes[i + 1] < 0xA1 || bytes[i + 1] > trailMax)
            {
                return -1;
            }

            i += 2;
        }

        return i;
    }

    // RFC 1468 with the half-width katakana set of CP50221: escape sequences switch between ASCII or
    // JIS-Roman, the two-byte JIS X 0208 set, and katakana; only 7-bit bytes occur.
    private static int Iso2022JpLength(ReadOnlySpan<byte> bytes)
    {
        var mode = JisMode.Ascii;
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] == Escape)
            {
                if (i + 3 > bytes.Length)
                {
                    return i;
                }

                if (ModeAfterEscape(bytes[i + 1], bytes[i + 2]) is not { } next)
                {
                    return -1;
                }

                mode = next;
                i += 3;
            }
            else if (mode == JisMode.TwoByte)
            {
                if (i + 1 == bytes.Length)
                {
                    return i;
                }

                if (!IsJisByte(bytes[i]) || !IsJisByte(bytes[i + 1]))
                {
                    return -1;
                }

                i += 2;
            }
            else if (mode == JisMode.Katakana && bytes[i] is < 0x21 or > 0x5F)
            {
                return -1;
            }
            else
            {
                i++;
            }
        }

        return i;
    }

    private static JisMode? ModeAfterEscape(byte first, byte second) => (first, second) switch
    {
        ((byte)'(', (byte)'B' or (byte)'J') => JisMode.Ascii,
        ((byte)'$', (byte)'@' or (byte)'B') => JisMode.TwoByte,
        ((byte)'(', (byte)'I') => JisMode.Katakana,
        _ => null,
    };

    private static bool IsJisByte(byte b) => b is >= 0x21 and <= 0x7E;

    private static Encoding CodePage(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, Replacement)
        ?? throw new InvalidOperationException($"Code page {codePage} is not available.");
}
