using Anshin.Core.Imaging;

namespace Anshin.Tests.Imaging;

public class RasterTests
{
    private static readonly Rgba Red = new(255, 0, 0);

    [Fact]
    public void NewRaster_IsTransparent()
    {
        var raster = new Raster(4, 3);

        Assert.Equal(4 * 3 * 4, raster.Pixels.Length);
        Assert.Equal(Rgba.Transparent, raster.GetPixel(3, 2));
    }

    [Fact]
    public void FillRect_ClipsToTheCanvas()
    {
        var raster = new Raster(4, 4);

        raster.FillRect(-2, 2, 4, 10, Red);

        Assert.Equal(Red, raster.GetPixel(0, 3));
        Assert.Equal(Red, raster.GetPixel(1, 2));
        Assert.Equal(Rgba.Transparent, raster.GetPixel(2, 2));
        Assert.Equal(Rgba.Transparent, raster.GetPixel(0, 1));
    }

    [Fact]
    public void FillPolygon_CoversInsideFullyAndEdgesPartly()
    {
        var raster = new Raster(10, 10);

        raster.FillPolygon([new(0, 0), new(10, 0), new(0, 10)], Red);

        Assert.Equal(Red, raster.GetPixel(1, 1));
        Assert.Equal(Rgba.Transparent, raster.GetPixel(9, 9));
        var diagonal = raster.GetPixel(4, 5);
        Assert.InRange(diagonal.A, 1, 254);
    }

    [Fact]
    public void FillPolygon_UsesTheEvenOddRule()
    {
        var raster = new Raster(20, 20);
        var star = new[] { new Vertex(10, 0), new Vertex(16, 20), new Vertex(0, 7), new Vertex(20, 7), new Vertex(4, 20) };

        raster.FillPolygon(star, Red);

        Assert.Equal(Rgba.Transparent, raster.GetPixel(10, 10));
        Assert.Equal(Red, raster.GetPixel(10, 3));
    }

    [Fact]
    public void FillCircle_IsRound()
    {
        var raster = new Raster(21, 21);

        raster.FillCircle(10.5, 10.5, 10, Red);

        Assert.Equal(Red, raster.GetPixel(10, 10));
        Assert.Equal(Red, raster.GetPixel(10, 1));
        Assert.Equal(Rgba.Transparent, raster.GetPixel(0, 0));
        Assert.Equal(Rgba.Transparent, raster.GetPixel(2, 2));
    }

    [Fact]
    public void Fill_BlendsOverWhatIsThere()
    {
        var raster = new Raster(2, 1);
        raster.FillRect(0, 0, 2, 1, new Rgba(0, 0, 255));

        raster.FillRect(0, 0, 1, 1, new Rgba(255, 0, 0, 128));

        var blended = raster.GetPixel(0, 0);
        Assert.Equal(255, blended.A);
        Assert.InRange(blended.R, 127, 129);
        Assert.InRange(blended.B, 126, 128);
    }

    [Fact]
    public void DrawText_DrawsGlyphsAtTheScale()
    {
        var raster = new Raster(BitmapFont.Measure("T-", 2), 14);

        raster.DrawText("T-", 0, 0, 2, Red);

        Assert.Equal(22, raster.Width);
        Assert.Equal(Red, raster.GetPixel(0, 0));
        Assert.Equal(Red, raster.GetPixel(9, 1));
        Assert.Equal(Rgba.Transparent, raster.GetPixel(0, 2));
        Assert.Equal(Red, raster.GetPixel(12, 6));
        Assert.Equal(Rgba.Transparent, raster.GetPixel(12, 4));
    }

    [Fact]
    public void BitmapFont_CoversCapitalsDigitsSpaceHyphenAndStar()
    {
        var characters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -★";

        Assert.All(characters, c => Assert.True(BitmapFont.Supports(c)));
        Assert.True(BitmapFont.Supports('a'));
        var glyphs = characters.Where(c => c != ' ').Select(c => string.Concat(
            Enumerable.Range(0, BitmapFont.GlyphHeight * BitmapFont.GlyphWidth)
                .Select(i => BitmapFont.IsSet(c, i % BitmapFont.GlyphWidth, i / BitmapFont.GlyphWidth) ? '#' : '.')));
        Assert.Equal(characters.Length - 1, glyphs.Distinct().Count());
    }

    [Fact]
    public void DrawText_RejectsCharactersOutsideTheFont()
    {
        var raster = new Raster(10, 10);

        Assert.Throws<ArgumentException>(() => raster.DrawText("あ", 0, 0, 1, Red));
    }

    [Fact]
    public void ToPng_RoundTrips()
    {
        var raster = new Raster(5, 4);
        raster.FillRect(1, 1, 2, 2, Red);

        var png = DecodedPng.Read(raster.ToPng());

        Assert.Equal(raster.Pixels.ToArray(), png.Pixels);
    }
}
