namespace Anshin.Core.Mail;

/// <summary>
/// Guesses the charset of undeclared text among those Japanese mail arrives in: ISO-2022-JP by its escape
/// sequences, UTF-8 by its strict structure, and Shift_JIS against EUC-JP by which reading gives valid,
/// ordinary Japanese text.
/// </summary>
internal static class CharsetDetector
{
    // A long body decides on its first part; past this the answer no longer changes in practice.
    private const int SampleLength = 64 * 1024;

    /// <summary>The code page to decode <paramref name="bytes"/> with; UTF-8 when nothing fits better.</summary>
    public static int Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > SampleLength ? bytes[..SampleLength] : bytes;
        if (!sample.ContainsAnyInRange((byte)0x80, (byte)0xFF))
        {
            return HasIso2022JpEscape(sample) ? MailCharsets.Iso2022JpCodePage : MailCharsets.Utf8CodePage;
        }

        if (IsUtf8(sample, sample.Length < bytes.Length))
        {
            return MailCharsets.Utf8CodePage;
        }

        var shiftJis = ScoreShiftJis(sample);
        var eucJp = ScoreEucJp(sample);
        return eucJp > shiftJis ? MailCharsets.EucJpCodePage : MailCharsets.ShiftJisCodePage;
    }

    /// <summary>Whether 7-bit text switches into a JIS X 0208 or katakana set the way ISO-2022-JP does.</summary>
    public static bool HasIso2022JpEscape(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.IndexOf((byte)0x1B);
        while (i >= 0 && i + 2 < bytes.Length)
        {
            var (first, second) = (bytes[i + 1], bytes[i + 2]);
            if ((first == (byte)'$' && second is (byte)'B' or (byte)'@') || (first == (byte)'(' && second == (byte)'I'))
            {
                return true;
            }

            var next = bytes[(i + 1)..].IndexOf((byte)0x1B);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    /// <summary>Whether the bytes are well-formed UTF-8; a sequence cut at the end is allowed when truncated.</summary>
    public static bool IsUtf8(ReadOnlySpan<byte> bytes, bool truncated = false)
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

            var (length, min2, max2) = lead switch
            {
                >= 0xC2 and <= 0xDF => (2, 0x80, 0xBF),
                0xE0 => (3, 0xA0, 0xBF),
                0xED => (3, 0x80, 0x9F),
                >= 0xE1 and <= 0xEF => (3, 0x80, 0xBF),
                0xF0 => (4, 0x90, 0xBF),
                >= 0xF1 and <= 0xF3 => (4, 0x80, 0xBF),
                0xF4 => (4, 0x80, 0x8F),
                _ => (0, 0, 0),
            };
            if (length == 0)
            {
                return false;
            }

            if (i + length > bytes.Length)
            {
                return truncated;
            }

            if (bytes[i + 1] < min2 || bytes[i + 1] > max2)
            {
                return false;
            }

            for (var k = 2; k < length; k++)
            {
                if (bytes[i + k] is < 0x80 or > 0xBF)
                {
                    return false;
                }
            }

            i += length;
        }

        return true;
    }

    // Scores reward the characters ordinary Japanese text is made of (kana, common kanji rows, full-width
    // punctuation) and punish invalid sequences, so the wrong reading of the same bytes scores lower.
    private static int ScoreShiftJis(ReadOnlySpan<byte> bytes)
    {
        var score = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            if (lead is >= 0xA1 and <= 0xDF)
            {
                // Half-width katakana: legal, but rare in real text and typical of EUC-JP misread.
                score -= 1;
                i++;
                continue;
            }

            var isLead = lead is (>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xFC);
            if (!isLead || i + 1 >= bytes.Length)
            {
                score -= 10;
                i++;
                continue;
            }

            var trail = bytes[i + 1];
            if (trail is < 0x40 or 0x7F or > 0xFC)
            {
                score -= 10;
                i++;
                continue;
            }

            // 0x82: hiragana and full-width alphanumerics, 0x83: katakana, 0x81: punctuation, 0x88–0x9F:
            // level 1 kanji; 0x87 holds the NEC circled numbers and units that Japanese mail uses too.
            score += lead switch
            {
                0x81 or 0x82 or 0x83 => 3,
                0x87 or (>= 0x88 and <= 0x9F) => 2,
                >= 0xE0 and <= 0xEA => 1,
                _ => 0,
            };
            i += 2;
        }

        return score;
    }

    private static int ScoreEucJp(ReadOnlySpan<byte> bytes)
    {
        var score = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            if (i + 1 >= bytes.Length)
            {
                score -= 10;
                i++;
                continue;
            }

            var trail = bytes[i + 1];
            if (lead == 0x8E && trail is >= 0xA1 and <= 0xDF)
            {
                score -= 1;
                i += 2;
                continue;
            }

            if (lead is < 0xA1 or > 0xFE || trail is < 0xA1 or > 0xFE)
            {
                score -= 10;
                i++;
                continue;
            }

            // 0xA4: hiragana, 0xA5: katakana, 0xA1: punctuation, 0xB0–0xCF: level 1 kanji, 0xAD: NEC row 13.
            score += lead switch
            {
                0xA1 or 0xA4 or 0xA5 => 3,
                0xA3 or 0xAD or (>= 0xB0 and <= 0xCF) => 2,
                >= 0xD0 and <= 0xF4 => 1,
                _ => 0,
            };
            i += 2;
        }

        return score;
    }
}
