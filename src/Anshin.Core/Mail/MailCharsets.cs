using System.Collections.Concurrent;
using System.Text;

namespace Anshin.Core.Mail;

/// <summary>
/// Turns the charset names mail declares into decoders, with the aliases Japanese mailers use, and decodes
/// text without ever throwing: a wrong or unknown declaration falls back to detection.
/// </summary>
internal static class MailCharsets
{
    public const int Utf8CodePage = 65001;
    public const int ShiftJisCodePage = 932;
    public const int EucJpCodePage = 51932;

    // Every ISO-2022-JP code page of .NET decodes the CP50220 extensions (ESC ( I katakana, NEC and IBM
    // rows), so the declared name "iso-2022-jp" is read as the superset Japanese mailers actually send.
    public const int Iso2022JpCodePage = 50221;

    private const int Latin1CodePage = 28591;
    private const int Windows1252CodePage = 1252;
    private const int AsciiCodePage = 20127;

    private static readonly ConcurrentDictionary<int, Encoding> Decoders = new();
    private static readonly ConcurrentDictionary<string, int> Resolved = new(StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, int> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf8"] = Utf8CodePage,
        ["utf-8"] = Utf8CodePage,
        ["x-utf-8"] = Utf8CodePage,
        ["unicode-1-1-utf-8"] = Utf8CodePage,
        ["iso-2022-jp"] = Iso2022JpCodePage,
        ["iso-2022-jp-1"] = Iso2022JpCodePage,
        ["iso-2022-jp-2"] = Iso2022JpCodePage,
        ["iso-2022-jp-3"] = Iso2022JpCodePage,
        ["iso-2022-jp-2004"] = Iso2022JpCodePage,
        ["iso2022jp"] = Iso2022JpCodePage,
        ["csiso2022jp"] = Iso2022JpCodePage,
        ["x-iso-2022-jp"] = Iso2022JpCodePage,
        ["jis"] = Iso2022JpCodePage,
        ["cp50220"] = Iso2022JpCodePage,
        ["cp50221"] = Iso2022JpCodePage,
        ["cp50222"] = Iso2022JpCodePage,
        ["shift_jis"] = ShiftJisCodePage,
        ["shift-jis"] = ShiftJisCodePage,
        ["shiftjis"] = ShiftJisCodePage,
        ["sjis"] = ShiftJisCodePage,
        ["x-sjis"] = ShiftJisCodePage,
        ["s-jis"] = ShiftJisCodePage,
        ["ms_kanji"] = ShiftJisCodePage,
        ["csshiftjis"] = ShiftJisCodePage,
        ["windows-31j"] = ShiftJisCodePage,
        ["cswindows31j"] = ShiftJisCodePage,
        ["cp932"] = ShiftJisCodePage,
        ["ms932"] = ShiftJisCodePage,
        ["x-ms-cp932"] = ShiftJisCodePage,
        ["windows-932"] = ShiftJisCodePage,
        ["shift_jisx0213"] = ShiftJisCodePage,
        ["shift_jis-2004"] = ShiftJisCodePage,
        ["euc-jp"] = EucJpCodePage,
        ["eucjp"] = EucJpCodePage,
        ["x-euc-jp"] = EucJpCodePage,
        ["x-euc"] = EucJpCodePage,
        ["ujis"] = EucJpCodePage,
        ["cseucpkdfmtjapanese"] = EucJpCodePage,
        ["euc-jis-2004"] = EucJpCodePage,
        ["eucjp-ms"] = EucJpCodePage,
        ["cp51932"] = EucJpCodePage,

        // Mailers label windows-1252 text as Latin-1 so often that browsers read the one as the other.
        ["iso-8859-1"] = Windows1252CodePage,
        ["iso8859-1"] = Windows1252CodePage,
        ["latin1"] = Windows1252CodePage,
        ["l1"] = Windows1252CodePage,
        ["us-ascii"] = AsciiCodePage,
        ["ascii"] = AsciiCodePage,
        ["ansi_x3.4-1968"] = AsciiCodePage,
        ["gb2312"] = 936,
        ["gbk"] = 936,
        ["x-gbk"] = 936,
        ["ks_c_5601-1987"] = 949,
        ["euc-kr"] = 949,
    };

    static MailCharsets()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The code page for a declared charset name, or <see langword="null"/> when it is unknown.</summary>
    public static int? CodePage(string? charset)
    {
        var name = Normalise(charset);
        if (name.Length == 0)
        {
            return null;
        }

        if (Aliases.TryGetValue(name, out var aliased))
        {
            return aliased;
        }

        var codePage = Resolved.GetOrAdd(name, static key =>
        {
            try
            {
                return Encoding.GetEncoding(key).CodePage;
            }
            catch (ArgumentException)
            {
                return -1;
            }
            catch (NotSupportedException)
            {
                return -1;
            }
        });
        return codePage < 0 ? null : codePage;
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> as the declared charset, or as the detected one when the declaration
    /// is missing, unknown or plainly wrong (it leaves replacement characters where another charset does not).
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? charset, ProblemLog? problems = null)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        var codePage = CodePage(charset);
        var isAscii = !bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF);
        if (codePage is null)
        {
            if (!string.IsNullOrWhiteSpace(charset) && !isAscii)
            {
                problems?.Add(MailProblem.UnknownCharset);
            }

            return DecodeAs(bytes, CharsetDetector.Detect(bytes));
        }

        var declared = codePage.Value;
        if (isAscii && CharsetDetector.HasIso2022JpEscape(bytes))
        {
            if (declared != Iso2022JpCodePage)
            {
                problems?.Add(MailProblem.CharsetMismatch);
            }

            return DecodeAs(bytes, Iso2022JpCodePage);
        }

        if (isAscii && IsAsciiCompatible(declared))
        {
            return Encoding.ASCII.GetString(bytes);
        }

        if (declared == AsciiCodePage || (declared == Iso2022JpCodePage && !isAscii))
        {
            // 8-bit bytes under a 7-bit charset: the mailer sent its local charset without saying so.
            problems?.Add(MailProblem.CharsetMismatch);
            return DecodeAs(bytes, CharsetDetector.Detect(bytes));
        }

        var text = DecodeAs(bytes, declared);
        if (!text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return text;
        }

        var detected = CharsetDetector.Detect(bytes);
        if (detected == declared)
        {
            return text;
        }

        var alternative = DecodeAs(bytes, detected);
        if (CountReplacements(alternative) < CountReplacements(text))
        {
            problems?.Add(MailProblem.CharsetMismatch);
            return alternative;
        }

        return text;
    }

    /// <summary>Decodes with a known code page, replacing invalid sequences.</summary>
    public static string DecodeAs(ReadOnlySpan<byte> bytes, int codePage) => Decoder(codePage).GetString(bytes);

    private static Encoding Decoder(int codePage) => Decoders.GetOrAdd(codePage, static page =>
    {
        try
        {
            // U+FFFD rather than the default "?", so that a wrong declaration can be told from real text.
            return Encoding.GetEncoding(page, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        }
        catch (ArgumentException)
        {
            return new UTF8Encoding(false, false);
        }
        catch (NotSupportedException)
        {
            return new UTF8Encoding(false, false);
        }
    });

    private static bool IsAsciiCompatible(int codePage) => codePage is not (1200 or 1201 or 12000 or 12001 or 65000);

    private static int CountReplacements(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                count++;
            }
        }

        return count;
    }

    private static string Normalise(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return string.Empty;
        }

        var name = charset.Trim().Trim('"', '\'').Trim();
        var space = name.AsSpan().IndexOfAny(" \t;(");
        if (space >= 0)
        {
            name = name[..space];
        }

        // RFC 2231 allows a language after an asterisk in encoded words: "utf-8*ja".
        var star = name.IndexOf('*', StringComparison.Ordinal);
        return star >= 0 ? name[..star] : name;
    }
}
