using System.Globalization;

namespace Anshin.Core.Statistics;

/// <summary>
/// Charts for the dashboard, the public statistics and the quarterly reports, drawn on the server as
/// self-contained SVG: no script, no external font or image, no inline style, so the markup can go straight into
/// a page under a strict Content-Security-Policy, into a PDF or into a download. Each chart is
/// <c>role="img"</c> named by its <c>&lt;title&gt;</c> and described by a <c>&lt;desc&gt;</c> that lists every
/// value, so a screen reader gets the numbers; series differ by pattern, dash and marker as well as colour, so
/// the chart survives greyscale printing. Every label is XML-escaped. The SVG is 640 units wide and scales to its
/// container (<c>width="100%"</c> with a <c>viewBox</c>).
/// </summary>
public static class SvgChart
{
    /// <summary>What an empty chart says when the caller gives nothing better.</summary>
    public const string DefaultEmptyText = "—";

    internal const double Width = 640;
    internal const double Padding = 16;
    internal const double FontSize = 14;
    internal const double SmallFontSize = 12;

    private const string FontFamily =
        "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, sans-serif";

    /// <summary>
    /// Horizontal bars, one per point, for categories with long names (手口 in Japanese): the label sits left of
    /// the bar (wrapped onto two lines, then shortened with "…"), the value at the bar's end. Negative values draw
    /// no bar but still show their number. The height grows with the number of points.
    /// </summary>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="points">The bars, top to bottom.</param>
    /// <param name="valueFormat">A .NET numeric format for the values (invariant culture); by default <c>#,0.##</c>.</param>
    /// <param name="emptyText">What to show when there are no points, e.g. 「データがありません」.</param>
    public static string Bars(string title, IReadOnlyList<ChartPoint> points, string? valueFormat = null, string emptyText = DefaultEmptyText)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(emptyText);
        return points.Count == 0 ? Empty("bars", title, emptyText) : BarChart.Draw(title, points, valueFormat);
    }

    /// <summary>
    /// Vertical columns grouped by category (e.g. quarters), one column per series in each group, with a legend.
    /// Categories are the distinct point labels in order of first appearance; a series without a category has no
    /// column there. Negative values draw no column.
    /// </summary>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="series">The series, in legend order.</param>
    /// <param name="valueFormat">A .NET numeric format for the values in tooltips and the description.</param>
    /// <param name="emptyText">What to show when no series has a point.</param>
    public static string Columns(string title, IReadOnlyList<ChartSeries> series, string? valueFormat = null, string emptyText = DefaultEmptyText)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(emptyText);
        return series.All(s => s.Points.Count == 0)
            ? Empty("columns", title, emptyText)
            : CategoryChart.Draw(CategoryChart.Kind.Columns, title, series, valueFormat);
    }

    /// <summary>
    /// Lines over shared x labels (e.g. weeks), a marker at each point, with a legend. Categories are matched as
    /// for <see cref="Columns"/>; a missing point breaks the line rather than joining its neighbours. The axis
    /// always includes zero and goes below it when a value is negative.
    /// </summary>
    /// <param name="title">The chart's accessible name.</param>
    /// <param name="series">The series, in legend order.</param>
    /// <param name="valueFormat">A .NET numeric format for the values in tooltips and the description.</param>
    /// <param name="emptyText">What to show when no series has a point.</param>
    public static string Line(string title, IReadOnlyList<ChartSeries> series, string? valueFormat = null, string emptyText = DefaultEmptyText)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(emptyText);
        return series.All(s => s.Points.Count == 0)
            ? Empty("line", title, emptyText)
            : CategoryChart.Draw(CategoryChart.Kind.Line, title, series, valueFormat);
    }

    /// <summary>
    /// Starts the document: the root element, <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c>, and a white
    /// background so the text contrast holds on a dark page. The ids come from a hash of the content, so two charts
    /// on one page do not share ids while the same chart always renders the same bytes (cacheable, testable).
    /// </summary>
    internal static (SvgWriter Svg, string Id) Open(string kind, string title, string description, double height)
    {
        var id = "chart-" + Hash(kind, title, description).ToString("x8", CultureInfo.InvariantCulture);
        var svg = new SvgWriter()
            .Start("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart chart-" + kind),
                ("viewBox", $"0 0 {SvgWriter.Number(Width)} {SvgWriter.Number(height)}"), ("width", "100%"),
                ("role", "img"), ("aria-labelledby", $"{id}-title {id}-desc"), ("font-family", FontFamily),
                ("font-size", SvgWriter.Number(FontSize)))
            .Element("title", title, ("id", id + "-title"))
            .Element("desc", description, ("id", id + "-desc"))
            .Empty("rect", ("width", SvgWriter.Number(Width)), ("height", SvgWriter.Number(height)), ("fill", SeriesStyle.Background));
        return (svg, id);
    }

    /// <summary>One line of text; <paramref name="anchor"/> is <c>start</c>, <c>middle</c> or <c>end</c>.</summary>
    internal static void Label(SvgWriter svg, string cssClass, string text, double x, double y, string anchor,
        double fontSize = FontSize, string fill = SeriesStyle.Ink) =>
        svg.Element("text", text, ("class", cssClass), ("x", SvgWriter.Number(x)), ("y", SvgWriter.Number(y)),
            ("text-anchor", anchor == "start" ? null : anchor), ("font-size", fontSize == FontSize ? null : SvgWriter.Number(fontSize)),
            ("fill", fill));

    /// <summary>Wrapped lines as one <c>&lt;text&gt;</c>, the whole text as a tooltip when it had to be shortened.</summary>
    internal static void Lines(SvgWriter svg, string cssClass, string fullText, IReadOnlyList<string> lines, double x,
        double firstBaseline, double lineHeight, string anchor, double fontSize)
    {
        svg.Start("text", ("class", cssClass), ("text-anchor", anchor), ("font-size", SvgWriter.Number(fontSize)), ("fill", SeriesStyle.Ink));
        if (lines.Count > 0 && lines[^1].EndsWith('…') && !fullText.EndsWith('…'))
        {
            svg.Element("title", fullText);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            svg.Element("tspan", lines[i], ("x", SvgWriter.Number(x)), ("y", SvgWriter.Number(firstBaseline + (i * lineHeight))));
        }

        svg.End("text");
    }

    /// <summary>The value used for drawing: not finite counts as zero.</summary>
    internal static double Finite(double value) => double.IsFinite(value) ? value : 0;

    private static string Empty(string kind, string title, string emptyText)
    {
        const double height = 120;
        var (svg, _) = Open(kind, title, emptyText, height);
        svg.Empty("line", ("x1", SvgWriter.Number(Padding)), ("y1", SvgWriter.Number(height - Padding)),
            ("x2", SvgWriter.Number(Width - Padding)), ("y2", SvgWriter.Number(height - Padding)), ("stroke", SeriesStyle.Grid));
        Label(svg, "empty", emptyText, Width / 2, (height / 2) + (FontSize * 0.35), "middle", FontSize, SeriesStyle.SecondaryInk);
        return svg.End("svg").ToString();
    }

    // FNV-1a: stable across processes, unlike string.GetHashCode.
    private static uint Hash(params ReadOnlySpan<string> parts)
    {
        var hash = 2166136261;
        foreach (var part in parts)
        {
            foreach (var c in part)
            {
                hash = (hash ^ c) * 16777619;
            }

            hash = (hash ^ 0xFFFF) * 16777619;
        }

        return hash;
    }
}
