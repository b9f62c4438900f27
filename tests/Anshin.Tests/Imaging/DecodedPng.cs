using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Anshin.Core.Imaging;

namespace Anshin.Tests.Imaging;

/// <summary>
/// An independent reader for the PNGs under test: checks signature, chunk CRCs (with a bitwise CRC, not the
/// table under test) and inflates the image data, accepting only unfiltered rows as the writer produces.
/// </summary>
internal sealed class DecodedPng
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private DecodedPng(List<(string Type, byte[] Data)> chunks, int width, int height, int channels, byte[] pixels)
    {
        Chunks = chunks;
        Width = width;
        Height = height;
        Channels = channels;
        Pixels = pixels;
    }

    public List<(string Type, byte[] Data)> Chunks { get; }

    public int Width { get; }

    public int Height { get; }

    public int Channels { get; }

    public byte[] Pixels { get; }

    public Rgba this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * Channels;
            return new(Pixels[i], Pixels[i + 1], Pixels[i + 2], Channels == 4 ? Pixels[i + 3] : (byte)255);
        }
    }

    public static DecodedPng Read(byte[] png)
    {
        Assert.Equal(Signature, png[..8]);
        var chunks = new List<(string Type, byte[] Data)>();
        var offset = 8;
        while (offset < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var typeAndData = png.AsSpan(offset + 4, 4 + length);
            var stored = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length));
            Assert.Equal(BitwiseCrc(typeAndData), stored);
            chunks.Add((Encoding.ASCII.GetString(typeAndData[..4]), typeAndData[4..].ToArray()));
            offset += 12 + length;
        }

        Assert.Equal(png.Length, offset);
        Assert.Equal("IHDR", chunks[0].Type);
        Assert.Equal("IEND", chunks[^1].Type);
        Assert.Empty(chunks[^1].Data);

        var header = chunks[0].Data;
        var width = BinaryPrimitives.ReadInt32BigEndian(header);
        var height = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4));
        Assert.Equal(8, header[8]);
        var channels = header[9] switch
        {
            6 => 4,
            2 => 3,
            _ => throw new InvalidDataException($"Unexpected colour type {header[9]}."),
        };
        Assert.Equal([0, 0, 0], header[10..13]);

        using var compressed = new MemoryStream(chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray());
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var data = raw.ToArray();

        var stride = width * channels;
        Assert.Equal((stride + 1) * height, data.Length);
        var pixels = new byte[stride * height];
        for (var row = 0; row < height; row++)
        {
            Assert.Equal(0, data[row * (stride + 1)]);
            Array.Copy(data, (row * (stride + 1)) + 1, pixels, row * stride, stride);
        }

        return new DecodedPng(chunks, width, height, channels, pixels);
    }

    public static uint BitwiseCrc(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
