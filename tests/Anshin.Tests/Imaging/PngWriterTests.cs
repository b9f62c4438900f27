using System.Text;
using Anshin.Core.Imaging;

namespace Anshin.Tests.Imaging;

public class PngWriterTests
{
    [Fact]
    public void Crc32_MatchesTheStandardCheckValue()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));
        Assert.Equal(0xAE426082u, Crc32.Compute(Encoding.ASCII.GetBytes("IEND")));
    }

    [Fact]
    public void Encode_WritesAnRgbaImageThatDecodesToTheSamePixels()
    {
        var pixels = new byte[3 * 2 * 4];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)(i * 11);
        }

        var png = DecodedPng.Read(PngWriter.Encode(3, 2, pixels));

        Assert.Equal(["IHDR", "IDAT", "IEND"], png.Chunks.Select(c => c.Type));
        Assert.Equal((3, 2, 4), (png.Width, png.Height, png.Channels));
        Assert.Equal(pixels, png.Pixels);
    }

    [Fact]
    public void Encode_WritesRgb()
    {
        byte[] pixels = [255, 0, 0, 0, 255, 0];

        var png = DecodedPng.Read(PngWriter.Encode(2, 1, pixels, PngColorType.Rgb));

        Assert.Equal(3, png.Channels);
        Assert.Equal(new Rgba(0, 255, 0), png[1, 0]);
    }

    [Fact]
    public void Encode_RejectsABufferOfTheWrongSize()
    {
        Assert.Throws<ArgumentException>(() => PngWriter.Encode(2, 2, new byte[15]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PngWriter.Encode(0, 2, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => PngWriter.Encode(2, 2, new byte[16], (PngColorType)3));
    }
}
