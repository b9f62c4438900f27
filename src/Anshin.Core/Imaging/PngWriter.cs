using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Anshin.Core.Imaging;

/// <summary>The pixel layouts <see cref="PngWriter"/> accepts: 8 bits per channel, straight (not premultiplied) alpha.</summary>
public enum PngColorType
{
    Rgb = 2,
    Rgba = 6,
}

/// <summary>
/// A minimal PNG encoder (ISO/IEC 15948): one IHDR, one IDAT compressed with zlib, no row filtering, IEND.
/// Enough for generated graphics such as logos, which compress well without filters.
/// </summary>
public static class PngWriter
{
    /// <summary>The largest width or height accepted; keeps buffers well inside array limits.</summary>
    public const int MaxDimension = 8192;

    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    /// <summary>Encodes pixels given row by row, top to bottom, 3 (RGB) or 4 (RGBA) bytes each.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is below 1 or above <see cref="MaxDimension"/>.</exception>
    /// <exception cref="ArgumentException">The buffer length does not match the dimensions.</exception>
    public static byte[] Encode(int width, int height, ReadOnlySpan<byte> pixels, PngColorType colorType = PngColorType.Rgba)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxDimension);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxDimension);
        if (!Enum.IsDefined(colorType))
        {
            throw new ArgumentOutOfRangeException(nameof(colorType), colorType, "Only RGB and RGBA are supported.");
        }

        var stride = width * (colorType == PngColorType.Rgba ? 4 : 3);
        if (pixels.Length != stride * height)
        {
            throw new ArgumentException($"Expected {stride * height} bytes for {width}×{height} {colorType}, got {pixels.Length}.", nameof(pixels));
        }

        using var output = new MemoryStream();
        output.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8;
        header[9] = (byte)colorType;
        header[10] = 0;
        header[11] = 0;
        header[12] = 0;
        WriteChunk(output, "IHDR", header);

        WriteChunk(output, "IDAT", Compress(pixels, stride, height));
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static byte[] Compress(ReadOnlySpan<byte> pixels, int stride, int height)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            ReadOnlySpan<byte> noFilter = [0];
            for (var row = 0; row < height; row++)
            {
                zlib.Write(noFilter);
                zlib.Write(pixels.Slice(row * stride, stride));
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);

        Span<byte> typeBytes = stackalloc byte[4];
        Encoding.ASCII.GetBytes(type, typeBytes);
        output.Write(typeBytes);
        output.Write(data);

        var crc = Crc32.Finish(Crc32.Update(Crc32.Update(Crc32.Start, typeBytes), data));
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        output.Write(word);
    }
}
