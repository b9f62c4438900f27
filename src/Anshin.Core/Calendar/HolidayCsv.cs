using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace Anshin.Core.Calendar;

/// <summary>
/// Reads the Cabinet Office holiday file (内閣府「国民の祝日」CSV, <c>syukujitsu.csv</c>):
/// a header line, then one <c>yyyy/M/d,name</c> line per holiday.
/// </summary>
public static class HolidayCsv
{
    private const string BuiltInResourceName = "Anshin.Core.Calendar.syukujitsu.csv";

    private static readonly Lazy<IReadOnlyList<Holiday>> BuiltIn = new(ReadBuiltIn);

    // The code-pages provider is registered only when a Shift_JIS file is actually met.
    private static readonly Lazy<Encoding> ShiftJis = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932);
    });

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Parses a holiday CSV as the Cabinet Office publishes it (Shift_JIS) or re-saved as UTF-8, with or
    /// without a byte order mark. Blank lines, CRLF line ends, surrounding spaces and trailing empty columns
    /// are tolerated; the first line is skipped when it is a header rather than a holiday.
    /// </summary>
    /// <param name="csv">The file content; read to the end but not closed.</param>
    /// <returns>The holidays ordered by date.</returns>
    /// <exception cref="HolidayCsvException">A line has a bad date, no name, or repeats a date.</exception>
    public static IReadOnlyList<Holiday> Parse(Stream csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var buffer = new MemoryStream();
        csv.CopyTo(buffer);
        var text = Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));

        var holidays = new List<Holiday>();
        var seen = new HashSet<DateOnly>();
        var lines = text.Split('\n');
        var firstContentLine = true;
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim().TrimEnd(',').TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }

            var lineNumber = index + 1;
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var dateText = (comma < 0 ? line : line[..comma]).Trim();
            var isHeader = firstContentLine && !TryParseDate(dateText, out _);
            firstContentLine = false;
            if (isHeader)
            {
                continue;
            }

            if (!TryParseDate(dateText, out var date))
            {
                throw new HolidayCsvException(lineNumber, $"'{dateText}' is not a date in yyyy/M/d form.");
            }

            var name = comma < 0 ? string.Empty : line[(comma + 1)..].Trim();
            if (name.Length == 0)
            {
                throw new HolidayCsvException(lineNumber, $"The holiday on {Format(date)} has no name.");
            }

            if (name.Contains(',', StringComparison.Ordinal))
            {
                throw new HolidayCsvException(lineNumber, "The line has more than two columns.");
            }

            if (!seen.Add(date))
            {
                throw new HolidayCsvException(lineNumber, $"{Format(date)} appears more than once.");
            }

            holidays.Add(new Holiday(date, name));
        }

        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
        return new ReadOnlyCollection<Holiday>(holidays);
    }

    /// <summary>The holidays shipped with this library (1955 to the last year the file covers), read once.</summary>
    public static IReadOnlyList<Holiday> LoadBuiltIn() => BuiltIn.Value;

    private static IReadOnlyList<Holiday> ReadBuiltIn()
    {
        using var stream = typeof(HolidayCsv).Assembly.GetManifestResourceStream(BuiltInResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {BuiltInResourceName} is missing.");
        return Parse(stream);
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            return StrictUtf8.GetString(bytes[bom.Length..]);
        }

        // Shift_JIS text with Japanese in it is practically never valid UTF-8, so a strict UTF-8 decode
        // that succeeds is a reliable sign the file was re-saved as UTF-8 without a BOM.
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return ShiftJis.Value.GetString(bytes);
        }
    }

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy/M/d", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
