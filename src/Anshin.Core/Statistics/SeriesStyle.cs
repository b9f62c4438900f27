namespace Anshin.Core.Statistics;

/// <summary>
/// How the n-th series of a chart looks. The colours all reach 4.5:1 against white but have nearly the same
/// grey, so what tells series apart in greyscale print or for colour-blind readers is the fill pattern
/// (columns), the dash array and the marker shape (lines); colour only helps. After eight series the looks repeat.
/// </summary>
internal sealed record SeriesStyle(string Colour, SeriesPattern Pattern, string? DashArray, MarkerShape Marker)
{
    /// <summary>Ink for text and axes on the white background: 17.4:1.</summary>
    public const string Ink = "#1a1a1a";

    /// <summary>Tick labels and the empty-chart note: 8.5:1 against white.</summary>
    public const string SecondaryInk = "#4d4d4d";

    public const string Background = "#ffffff";

    public const string Grid = "#d9d9d9";

    private static readonly SeriesStyle[] Styles =
    [
        new("#0072b2", SeriesPattern.Solid, null, MarkerShape.Circle),
        new("#c2410c", SeriesPattern.Diagonal, "8 4", MarkerShape.Square),
        new("#047857", SeriesPattern.Dots, "2 3", MarkerShape.Triangle),
        new("#7e3f8f", SeriesPattern.CrossHatch, "10 3 2 3", MarkerShape.Diamond),
        new("#a16207", SeriesPattern.Horizontal, "14 4", MarkerShape.TriangleDown),
        new("#0e7490", SeriesPattern.BackDiagonal, "4 4", MarkerShape.Cross),
        new("#be185d", SeriesPattern.Vertical, "10 3 2 3 2 3", MarkerShape.HollowCircle),
        new("#4b5563", SeriesPattern.Grid, "1 4", MarkerShape.HollowSquare),
    ];

    public static int Count => Styles.Length;

    public static SeriesStyle For(int index) => Styles[index % Styles.Length];

    /// <summary>The <c>fill</c> of a column: the plain colour, or the pattern written by <see cref="WritePattern"/>.</summary>
    public string Fill(string patternId) => Pattern == SeriesPattern.Solid ? Colour : $"url(#{patternId})";

    /// <summary>Writes the <c>&lt;pattern&gt;</c> for this series into <c>&lt;defs&gt;</c>; nothing for a solid fill.</summary>
    public void WritePattern(SvgWriter svg, string patternId)
    {
        if (Pattern == SeriesPattern.Solid)
        {
            return;
        }

        var rotation = Pattern switch
        {
            SeriesPattern.Diagonal => "rotate(45)",
            SeriesPattern.BackDiagonal => "rotate(-45)",
            SeriesPattern.CrossHatch => "rotate(45)",
            _ => null,
        };
        svg.Start("pattern", ("id", patternId), ("patternUnits", "userSpaceOnUse"), ("width", "8"), ("height", "8"), ("patternTransform", rotation))
            .Empty("rect", ("width", "8"), ("height", "8"), ("fill", Colour));
        const string paint = Background;
        switch (Pattern)
        {
            case SeriesPattern.Dots:
                svg.Empty("circle", ("cx", "4"), ("cy", "4"), ("r", "1.6"), ("fill", paint));
                break;
            case SeriesPattern.Horizontal:
                svg.Empty("rect", ("y", "3"), ("width", "8"), ("height", "2"), ("fill", paint));
                break;
            case SeriesPattern.Grid:
                svg.Empty("rect", ("y", "3.5"), ("width", "8"), ("height", "1"), ("fill", paint))
                    .Empty("rect", ("x", "3.5"), ("width", "1"), ("height", "8"), ("fill", paint));
                break;
            case SeriesPattern.CrossHatch:
                svg.Empty("rect", ("x", "3"), ("width", "2"), ("height", "8"), ("fill", paint))
                    .Empty("rect", ("y", "3"), ("width", "8"), ("height", "2"), ("fill", paint));
                break;
            default: // the diagonals are vertical stripes turned by patternTransform
                svg.Empty("rect", ("x", "3"), ("width", "2"), ("height", "8"), ("fill", paint));
                break;
        }

        svg.End("pattern");
    }

    /// <summary>Writes the marker centred on (<paramref name="x"/>, <paramref name="y"/>), with a tooltip when given one.</summary>
    public void WriteMarker(SvgWriter svg, string cssClass, double x, double y, string? tooltip)
    {
        const double r = 4.5;
        var hollow = Marker is MarkerShape.HollowCircle or MarkerShape.HollowSquare;
        var path = Marker switch
        {
            MarkerShape.Circle or MarkerShape.HollowCircle =>
                $"M{N(x - r)} {N(y)}a{N(r)} {N(r)} 0 1 0 {N(2 * r)} 0a{N(r)} {N(r)} 0 1 0 {N(-2 * r)} 0z",
            MarkerShape.Square or MarkerShape.HollowSquare =>
                $"M{N(x - r)} {N(y - r)}h{N(2 * r)}v{N(2 * r)}h{N(-2 * r)}z",
            MarkerShape.Triangle => $"M{N(x)} {N(y - r - 1)}L{N(x + r + 1)} {N(y + r)}H{N(x - r - 1)}z",
            MarkerShape.TriangleDown => $"M{N(x)} {N(y + r + 1)}L{N(x + r + 1)} {N(y - r)}H{N(x - r - 1)}z",
            MarkerShape.Diamond => $"M{N(x)} {N(y - r - 1)}L{N(x + r + 1)} {N(y)}L{N(x)} {N(y + r + 1)}L{N(x - r - 1)} {N(y)}z",
            _ => Cross(x, y, r),
        };
        (string, string?)[] attributes =
            [("class", cssClass), ("d", path), ("fill", hollow ? Background : Colour), ("stroke", Colour), ("stroke-width", hollow ? "2" : "1")];
        if (tooltip is null)
        {
            svg.Empty("path", attributes);
            return;
        }

        svg.Start("path", attributes).Element("title", tooltip).End("path");
    }

    private static string Cross(double x, double y, double r)
    {
        // An X drawn as one outline (12 corners), so it fills and strokes like the other shapes.
        const double t = 1.7;
        (double X, double Y)[] corners =
        [
            (-r, -r + t), (-r + t, -r), (0, -t), (r - t, -r), (r, -r + t), (t, 0),
            (r, r - t), (r - t, r), (0, t), (-r + t, r), (-r, r - t), (-t, 0),
        ];
        return "M" + string.Join('L', corners.Select(c => N(x + c.X) + " " + N(y + c.Y))) + "z";
    }

    private static string N(double value) => SvgWriter.Number(value);
}

internal enum SeriesPattern
{
    Solid,
    Diagonal,
    Dots,
    CrossHatch,
    Horizontal,
    BackDiagonal,
    Vertical,
    Grid,
}

internal enum MarkerShape
{
    Circle,
    Square,
    Triangle,
    Diamond,
    TriangleDown,
    Cross,
    HollowCircle,
    HollowSquare,
}
