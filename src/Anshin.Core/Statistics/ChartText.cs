using System.Globalization;
using System.Text;

namespace Anshin.Core.Statistics;

/// <summary>
/// Text sizing without font metrics: the server cannot measure glyphs, so a character counts one em when it is
/// East Asian wide (kanji, kana, full-width forms) and 0.6 em otherwise, which errs on the wide side for Noto Sans.
/// </summary>
internal static class ChartText
{
    private const string Ellipsis = "…";

    // Widths are sums of fractions; without some slack a label exactly as wide as its column would wrap.
    private const double Tolerance = 0.01;

    /// <summary>The default value format: thousands separators, up to two decimals.</summary>
    public const string DefaultValueFormat = "#,0.##";

    public static string FormatValue(double value, string? format) =>
        (double.IsFinite(value) ? value : 0).ToString(format ?? DefaultValueFormat, CultureInfo.InvariantCulture);

    public static double Width(string text, double fontSize)
    {
        var ems = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            ems += IsWide(rune.Value) ? 1.0 : 0.6;
        }

        return ems * fontSize;
    }

    /// <summary>
    /// Breaks <paramref name="text"/> into at most <paramref name="maxLines"/> lines no wider than
    /// <paramref name="maxWidth"/>, at a space when the line has one and between characters otherwise (Japanese
    /// has no spaces); what does not fit ends in an ellipsis.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double fontSize, int maxLines)
    {
        var elements = TextElements(Flatten(text));
        var lines = new List<string>();
        var line = new List<string>();
        var width = 0.0;
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            var elementWidth = Width(element, fontSize);
            while (line.Count > 0 && width + elementWidth > maxWidth + Tolerance)
            {
                if (lines.Count == maxLines - 1)
                {
                    lines.Add(Truncate(line, maxWidth, fontSize));
                    return lines;
                }

                var space = line.LastIndexOf(" ");
                var carried = space > 0 ? line[(space + 1)..] : [];
                lines.Add(string.Concat(space > 0 ? line[..space] : line).TrimEnd());
                line = carried;
                width = line.Sum(e => Width(e, fontSize));
            }

            if (line.Count == 0 && element == " ")
            {
                continue;
            }

            line.Add(element);
            width += elementWidth;
        }

        if (line.Count > 0 || lines.Count == 0)
        {
            lines.Add(string.Concat(line));
        }

        return lines;
    }

    // Labels are single-line: line breaks and tabs become spaces, runs of spaces collapse.
    private static string Flatten(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var next = char.IsWhiteSpace(c) ? ' ' : c;
            if (next != ' ' || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(next);
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>(text.Length);
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }

    private static string Truncate(List<string> line, double maxWidth, double fontSize)
    {
        var kept = line.Count;
        var width = line.Sum(e => Width(e, fontSize)) + Width(Ellipsis, fontSize);
        while (kept > 0 && width > maxWidth + Tolerance)
        {
            kept--;
            width -= Width(line[kept], fontSize);
        }

        return string.Concat(line.Take(kept)).TrimEnd() + Ellipsis;
    }

    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1FAFF)
            or (>= 0x20000 and <= 0x3FFFD);
}
