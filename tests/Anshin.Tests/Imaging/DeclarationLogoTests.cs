using System.Globalization;
using System.Xml.Linq;
using Anshin.Core.Imaging;
using Anshin.Core.SecurityAction;

namespace Anshin.Tests.Imaging;

public class DeclarationLogoTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<DeclarationLevel> Levels => [DeclarationLevel.OneStar, DeclarationLevel.TwoStars];

    [Theory]
    [MemberData(nameof(Levels))]
    public void Png_HasTheDesignSizeAtTheScale(DeclarationLevel level)
    {
        var png = DecodedPng.Read(DeclarationLogo.Png(level, scale: 3));

        Assert.Equal(DeclarationLogo.Width * 3, png.Width);
        Assert.Equal(DeclarationLogo.Height * 3, png.Height);
        Assert.Equal(["IHDR", "IDAT", "IEND"], png.Chunks.Select(c => c.Type));
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Png_PaintsStarsInTheStarColourOnATransparentCorner(DeclarationLevel level)
    {
        const int scale = 2;
        var png = DecodedPng.Read(DeclarationLogo.Png(level, scale));

        foreach (var star in LogoDesign.Stars(level))
        {
            Assert.Equal(LogoDesign.StarColour, png[(int)(star.Centre.X * scale), (int)(star.Centre.Y * scale)]);
        }

        Assert.Equal(0, png[0, 0].A);
        Assert.Equal(0, png[png.Width - 1, png.Height - 1].A);
        Assert.Equal(LogoDesign.White, png[20 * scale, 100 * scale]);
        Assert.Equal(LogoDesign.Primary(level), png[6 * scale, 130 * scale]);
        Assert.Equal(LogoDesign.Primary(level), png[110 * scale, 120 * scale]);
    }

    [Fact]
    public void Png_LevelsDifferInColourAndStars()
    {
        var one = DecodedPng.Read(DeclarationLogo.Png(DeclarationLevel.OneStar));
        var two = DecodedPng.Read(DeclarationLogo.Png(DeclarationLevel.TwoStars));

        Assert.NotEqual(one.Pixels, two.Pixels);
        Assert.NotEqual(one[110 * 2, 120 * 2], two[110 * 2, 120 * 2]);
        var oneStarCentre = LogoDesign.Stars(DeclarationLevel.OneStar)[0].Centre;
        Assert.NotEqual(LogoDesign.StarColour, two[(int)(oneStarCentre.X * 2), (int)(oneStarCentre.Y * 2)]);
    }

    [Fact]
    public void Png_LevelColoursDifferInGreyscale()
    {
        static double Luma(Rgba c) => (0.299 * c.R) + (0.587 * c.G) + (0.114 * c.B);

        var difference = Math.Abs(Luma(LogoDesign.Primary(DeclarationLevel.OneStar)) - Luma(LogoDesign.Primary(DeclarationLevel.TwoStars)));

        Assert.True(difference >= 20, $"Luma differs by only {difference:F1}.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void Png_RejectsScalesOutsideOneToEight(int scale)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeclarationLogo.Png(DeclarationLevel.OneStar, scale));
    }

    [Theory]
    [InlineData(DeclarationLevel.OneStar, 1, "一つ星")]
    [InlineData(DeclarationLevel.TwoStars, 2, "二つ星")]
    public void Svg_IsAnAccessibleImageWithTheLevelsStars(DeclarationLevel level, int stars, string levelName)
    {
        var root = XElement.Parse(DeclarationLogo.Svg(level));

        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("220", (string?)root.Attribute("width"));
        Assert.Equal("260", (string?)root.Attribute("height"));
        Assert.Equal("0 0 220 260", (string?)root.Attribute("viewBox"));
        Assert.Equal(Svg + "title", root.Elements().First().Name);
        Assert.Contains(levelName, root.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal(stars, root.Elements(Svg + "polygon").Count(p => (string?)p.Attribute("class") == "star"));
        Assert.All(
            root.Elements(Svg + "polygon").Where(p => (string?)p.Attribute("class") == "star"),
            p => Assert.Equal(10, ((string)p.Attribute("points")!).Split(' ').Length));

        var texts = root.Elements(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("SECURITY ACTION", texts);
        Assert.Contains("セキュリティ対策自己宣言", texts);
        Assert.Contains(new string('★', stars) + " " + levelName, texts);
        Assert.Contains(LogoDesign.Primary(level).ToHex(), DeclarationLogo.Svg(level), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Svg_IsSelfContained(DeclarationLevel level)
    {
        var svg = DeclarationLogo.Svg(level);
        var root = XElement.Parse(svg);

        Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName is "script" or "image" or "foreignObject" or "style" or "use");
        Assert.DoesNotContain("href", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(root.DescendantsAndSelf().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Logo_NeverClaimsCertification(DeclarationLevel level)
    {
        var svg = DeclarationLogo.Svg(level);

        Assert.DoesNotContain("認定", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("取得", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("certif", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("自己宣言", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_UsesTheSameGeometryAsThePng()
    {
        var root = XElement.Parse(DeclarationLogo.Svg(DeclarationLevel.OneStar));
        var star = root.Elements(Svg + "polygon").Single(p => (string?)p.Attribute("class") == "star");
        var top = ((string)star.Attribute("points")!).Split(' ')[0];

        var expected = LogoDesign.Stars(DeclarationLevel.OneStar)[0];
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{expected.Centre.X:0.##},{expected.Centre.Y - expected.OuterRadius:0.##}"), top);
    }
}
