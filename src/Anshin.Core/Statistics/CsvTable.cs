using System.Text;

namespace Anshin.Core.Statistics;

/// <summary>
/// Writes statistics tables as RFC 4180 CSV for download: CRLF after every record, a field quoted when it holds a
/// comma, quote, CR or LF (quotes doubled). Text that a spreadsheet would run as a formula (starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) gets a leading apostrophe, unless it is a plain number such as
/// <c>-3</c> or <c>-1.5</c>: labels come from consultations, which anyone can write. Two encodings: UTF-8 with a
/// byte order mark (without it Excel reads Japanese as mojibake) and Shift_JIS (code page 932) for older Excel.
/// </summary>
public static class CsvTable
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    // Registered once, on first use; characters code page 932 lacks become '?' instead of a best-fit guess.
    private static readonly Lazy<Encoding> ShiftJis = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, new EncoderReplacementFallback("?"), new DecoderReplacementFallback("?"));
    });

    // Code page 932 maps these JIS characters to other code points than the ones Macs, Linux and most web forms
    // type, so 「10時〜17時」 would come out as 「10時?17時」. They are swapped for their Windows twins first.
    private static readonly Dictionary<char, char> WindowsTwins = new()
    {
        ['\u301C'] = '\uFF5E', // 〜 WAVE DASH → ～ FULLWIDTH TILDE
        ['\u2016'] = '\u2225', // ‖ DOUBLE VERTICAL LINE → ∥ PARALLEL TO
        ['\u2212'] = '\uFF0D', // − MINUS SIGN → － FULLWIDTH HYPHEN-MINUS
        ['\u2014'] = '\u2015', // — EM DASH → ― HORIZONTAL BAR
        ['\u00A2'] = '\uFFE0', // ¢ → ￠
        ['\u00A3'] = '\uFFE1', // £ → ￡
        ['\u00AC'] = '\uFFE2', // ¬ → ￢
    };

    /// <summary>The table as CSV text, each record (the header too) ended by CRLF.</summary>
    /// <param name="header">The column names.</param>
    /// <param name="rows">The records; <see langword="null"/> fields are written empty.</param>
    /// <exception cref="ArgumentException">A row has a different number of fields than the header.</exception>
    public static string ToText(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        WriteRecord(csv, header);
        var number = 0;
        foreach (var row in rows)
        {
            number++;
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            if (row.Count != header.Count)
            {
                throw new ArgumentException($"Row {number} has {row.Count} fields; the header has {header.Count}.", nameof(rows));
            }

            WriteRecord(csv, row);
        }

        return csv.ToString();
    }

    /// <summary>The CSV as UTF-8 bytes starting with the byte order mark EF BB BF.</summary>
    public static byte[] ToUtf8WithBom(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = ToText(header, rows);
        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text)];
    }

    /// <summary>The CSV in Shift_JIS (Windows code page 932); characters it cannot hold become <c>?</c>.</summary>
    public static byte[] ToShiftJis(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = ToText(header, rows);
        var twins = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            // Code page 932 has nothing outside the BMP; one '?' per emoji, not one per UTF-16 half.
            if (!rune.IsBmp)
            {
                twins.Append('?');
            }
            else
            {
                var c = (char)rune.Value;
                twins.Append(WindowsTwins.GetValueOrDefault(c, c));
            }
        }

        return ShiftJis.Value.GetBytes(twins.ToString());
    }

    /// <summary>The <c>Content-Type</c> header value for <see cref="ToShiftJis"/> or <see cref="ToUtf8WithBom"/>.</summary>
    public static string ContentType(bool shiftJis) => shiftJis ? "text/csv; charset=shift_jis" : "text/csv; charset=utf-8";

    /// <summary>One field as written: defused if a spreadsheet would run it, then quoted if it needs quotes.</summary>
    public static string Field(string? value)
    {
        var text = Defuse(value ?? "");
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void WriteRecord(StringBuilder csv, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Field(fields[i]));
        }

        csv.Append("\r\n");
    }

    private static string Defuse(string value) =>
        value.Length > 0 && (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') && !IsPlainNumber(value) ? "'" + value : value;

    // An optional sign, ASCII digits, an optional decimal part: what a spreadsheet reads as a number, never a formula.
    private static bool IsPlainNumber(string value)
    {
        var digits = value.AsSpan(value[0] is '-' or '+' ? 1 : 0);
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? [] : digits[(point + 1)..];
        return (whole.Length > 0 || fraction.Length > 0)
            && (point < 0 || fraction.Length > 0)
            && !whole.ContainsAnyExceptInRange('0', '9')
            && !fraction.ContainsAnyExceptInRange('0', '9');
    }
}
