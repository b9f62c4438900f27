using System.Globalization;
using System.Xml.Linq;
using Anshin.Core.SecurityAction;

namespace Anshin.Core.Imaging;

/// <summary>
/// The SECURITY ACTION badge a declarant may show: a shield with one or two stars, the programme name and the
/// level. It says "self-declaration" because that is what it is; it must never suggest certification.
/// </summary>
public static class DeclarationLogo
{
    /// <summary>Width of the design in logo units (SVG user units, PNG pixels at scale 1).</summary>
    public const int Width = LogoDesign.Width;

    /// <summary>Height of the design in logo units.</summary>
    public const int Height = LogoDesign.Height;

    private const string FontFamily = "'Hiragino Sans','Yu Gothic','Meiryo','Noto Sans CJK JP',sans-serif";
    private static readonly XNamespace SvgNamespace = "http://www.w3.org/2000/svg";

    /// <summary>
    /// A self-contained SVG document (no scripts, external fonts or images) with role="img" and a title, for
    /// inline use in HTML or as an .svg file.
    /// </summary>
    public static string Svg(DeclarationLevel level)
    {
        var primary = LogoDesign.Primary(level).ToHex();
        var white = LogoDesign.White.ToHex();
        var title = level == DeclarationLevel.OneStar
            ? "SECURITY ACTION 一つ星 セキュリティ対策自己宣言（self-declaration, one star）"
            : "SECURITY ACTION 二つ星 セキュリティ対策自己宣言（self-declaration, two stars）";

        var svg = new XElement(
            SvgNamespace + "svg",
            new XAttribute("width", Width),
            new XAttribute("height", Height),
            new XAttribute("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {Height}")),
            new XAttribute("role", "img"),
            new XAttribute(XNamespace.Xml + "lang", "ja"),
            new XElement(SvgNamespace + "title", title),
            new XElement(
                SvgNamespace + "rect",
                new XAttribute("class", "badge"),
                Number("x", LogoDesign.BorderX),
                Number("y", LogoDesign.BorderY),
                Number("width", LogoDesign.BorderWidth),
                Number("height", LogoDesign.BorderHeight),
                Number("rx", LogoDesign.BorderRadius),
                new XAttribute("fill", white),
                new XAttribute("stroke", primary),
                Number("stroke-width", LogoDesign.BorderStroke)),
            Polygon("shield", LogoDesign.Shield, primary),
            LogoDesign.Stars(level).Select(star => Polygon("star", star.Points(), LogoDesign.StarColour.ToHex())),
            Text("SECURITY ACTION", LogoDesign.NameBaseline, 18, primary, bold: true, textLength: 180),
            Text("セキュリティ対策自己宣言", LogoDesign.SubtitleBaseline, 14, primary, bold: false, textLength: null),
            new XElement(
                SvgNamespace + "rect",
                new XAttribute("class", "level"),
                Number("x", LogoDesign.BandX),
                Number("y", LogoDesign.BandY),
                Number("width", LogoDesign.BandWidth),
                Number("height", LogoDesign.BandHeight),
                Number("rx", LogoDesign.BandHeight / 2),
                new XAttribute("fill", primary)),
            Text(level == DeclarationLevel.OneStar ? "★ 一つ星" : "★★ 二つ星", LogoDesign.BandBaseline, 17, white, bold: true, textLength: null));

        return svg.ToString() + "\n";
    }

    /// <summary>
    /// The same design as a PNG, <paramref name="scale"/> pixels per logo unit. The PNG carries Latin text only
    /// ("SECURITY ACTION", "SELF-DECLARATION", the level), since it is drawn with the built-in bitmap font.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The scale is not 1 to 8, or the level is unknown.</exception>
    public static byte[] Png(DeclarationLevel level, int scale = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, 8);
        var primary = LogoDesign.Primary(level);
        var raster = new Raster(Width * scale, Height * scale);

        var half = LogoDesign.BorderStroke / 2;
        raster.FillRoundedRect(
            (LogoDesign.BorderX - half) * scale,
            (LogoDesign.BorderY - half) * scale,
            (LogoDesign.BorderWidth + LogoDesign.BorderStroke) * scale,
            (LogoDesign.BorderHeight + LogoDesign.BorderStroke) * scale,
            (LogoDesign.BorderRadius + half) * scale,
            primary);
        raster.FillRoundedRect(
            (LogoDesign.BorderX + half) * scale,
            (LogoDesign.BorderY + half) * scale,
            (LogoDesign.BorderWidth - LogoDesign.BorderStroke) * scale,
            (LogoDesign.BorderHeight - LogoDesign.BorderStroke) * scale,
            (LogoDesign.BorderRadius - half) * scale,
            LogoDesign.White);

        raster.FillPolygon(Scaled(LogoDesign.Shield, scale), primary);
        foreach (var star in LogoDesign.Stars(level))
        {
            raster.FillPolygon(Scaled(star.Points(), scale), LogoDesign.StarColour);
        }

        DrawCentred(raster, "SECURITY ACTION", LogoDesign.NameTop, 2, scale, primary);
        DrawCentred(raster, "SELF-DECLARATION", LogoDesign.SubtitleTop, 1.5, scale, primary);
        raster.FillRoundedRect(
            LogoDesign.BandX * scale,
            LogoDesign.BandY * scale,
            LogoDesign.BandWidth * scale,
            LogoDesign.BandHeight * scale,
            LogoDesign.BandHeight / 2 * scale,
            primary);
        DrawCentred(raster, level == DeclarationLevel.OneStar ? "★ ONE STAR" : "★★ TWO STARS", LogoDesign.BandTextTop, 2, scale, LogoDesign.White);

        return raster.ToPng();
    }

    private static void DrawCentred(Raster raster, string text, double top, double fontUnits, int scale, Rgba colour)
    {
        var pixelScale = Math.Max(1, (int)Math.Round(fontUnits * scale));
        var x = (raster.Width - BitmapFont.Measure(text, pixelScale)) / 2;
        raster.DrawText(text, x, (int)Math.Round(top * scale), pixelScale, colour);
    }

    private static Vertex[] Scaled(IReadOnlyList<Vertex> points, int scale) =>
        [.. points.Select(p => new Vertex(p.X * scale, p.Y * scale))];

    private static XElement Polygon(string role, IReadOnlyList<Vertex> points, string fill) =>
        new(
            SvgNamespace + "polygon",
            new XAttribute("class", role),
            new XAttribute("points", string.Join(' ', points.Select(p => $"{Format(p.X)},{Format(p.Y)}"))),
            new XAttribute("fill", fill));

    private static XElement Text(string text, double baseline, int fontSize, string fill, bool bold, int? textLength)
    {
        var element = new XElement(
            SvgNamespace + "text",
            new XAttribute("x", Width / 2),
            Number("y", baseline),
            new XAttribute("text-anchor", "middle"),
            new XAttribute("font-family", FontFamily),
            new XAttribute("font-size", fontSize),
            new XAttribute("font-weight", bold ? "700" : "400"),
            new XAttribute("fill", fill),
            text);
        if (textLength is { } length)
        {
            element.Add(new XAttribute("textLength", length), new XAttribute("lengthAdjust", "spacingAndGlyphs"));
        }

        return element;
    }

    private static XAttribute Number(string name, double value) => new(name, Format(value));

    private static string Format(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
