using Anshin.Core.SecurityAction;

namespace Anshin.Core.Imaging;

/// <summary>
/// The geometry and colours of the declaration logo in logo units, shared by the SVG and the PNG so that
/// both show the same design.
/// </summary>
internal static class LogoDesign
{
    public const int Width = 220;
    public const int Height = 260;

    // The badge border is 6 units wide, centred on this rectangle.
    public const double BorderX = 7;
    public const double BorderY = 7;
    public const double BorderWidth = 206;
    public const double BorderHeight = 246;
    public const double BorderRadius = 19;
    public const double BorderStroke = 6;

    public const double NameTop = 150;
    public const double NameBaseline = 166;
    public const double SubtitleTop = 174;
    public const double SubtitleBaseline = 190;

    public const double BandX = 30;
    public const double BandY = 204;
    public const double BandWidth = 160;
    public const double BandHeight = 36;
    public const double BandTextTop = 215;
    public const double BandBaseline = 228;

    public static Rgba White { get; } = new(255, 255, 255);

    // Gold reads well on both badge colours and stays the lightest tone in greyscale.
    public static Rgba StarColour { get; } = Rgba.FromHex("#f5b800");

    /// <summary>
    /// Deep blue for one star and green for two stars: different hues, and about 70 against 96 in luma, so the
    /// levels differ in greyscale too; both keep white and themselves above 4.5:1 contrast for text.
    /// </summary>
    public static Rgba Primary(DeclarationLevel level) => level switch
    {
        DeclarationLevel.OneStar => Rgba.FromHex("#1d4f91"),
        DeclarationLevel.TwoStars => Rgba.FromHex("#2e7d4f"),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown declaration level."),
    };

    public static IReadOnlyList<LogoStar> Stars(DeclarationLevel level) => level switch
    {
        DeclarationLevel.OneStar => [new(new(110, 76), 34, 14)],
        DeclarationLevel.TwoStars => [new(new(86, 78), 22, 9), new(new(134, 78), 22, 9)],
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown declaration level."),
    };

    /// <summary>A heater shield: straight top and sides, curved down to a point.</summary>
    public static IReadOnlyList<Vertex> Shield { get; } = BuildShield();

    private static Vertex[] BuildShield()
    {
        const int segments = 16;
        var points = new List<Vertex> { new(62, 26), new(158, 26) };
        AddCurve(points, new(158, 78), new(158, 118), new(110, 136), segments);
        AddCurve(points, new(110, 136), new(62, 118), new(62, 78), segments);
        return [.. points];
    }

    private static void AddCurve(List<Vertex> points, Vertex start, Vertex control, Vertex end, int segments)
    {
        for (var i = points[^1] == start ? 1 : 0; i <= segments; i++)
        {
            var t = i / (double)segments;
            var u = 1 - t;
            points.Add(new(
                (u * u * start.X) + (2 * u * t * control.X) + (t * t * end.X),
                (u * u * start.Y) + (2 * u * t * control.Y) + (t * t * end.Y)));
        }
    }
}
