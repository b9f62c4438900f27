namespace Anshin.Core.Imaging;

/// <summary>
/// A small RGBA canvas for generated graphics. Shapes are anti-aliased by 4×4 supersampling and painted
/// over what is already there (source-over, straight alpha).
/// </summary>
public sealed class Raster
{
    private const int Samples = 4;
    private const int SamplesPerPixel = Samples * Samples;

    private readonly byte[] _pixels;

    /// <summary>A transparent canvas.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is below 1 or above <see cref="PngWriter.MaxDimension"/>.</exception>
    public Raster(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, PngWriter.MaxDimension);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, PngWriter.MaxDimension);
        Width = width;
        Height = height;
        _pixels = new byte[width * height * 4];
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The pixels row by row, four bytes (R, G, B, A) each.</summary>
    public ReadOnlySpan<byte> Pixels => _pixels;

    public Rgba GetPixel(int x, int y)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(x, Width);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(y, Height);
        var i = ((y * Width) + x) * 4;
        return new(_pixels[i], _pixels[i + 1], _pixels[i + 2], _pixels[i + 3]);
    }

    /// <summary>Paints whole pixels; the rectangle is clipped to the canvas.</summary>
    public void FillRect(int x, int y, int width, int height, Rgba color)
    {
        var left = Math.Max(x, 0);
        var top = Math.Max(y, 0);
        var right = Math.Min((long)x + width, Width);
        var bottom = Math.Min((long)y + height, Height);
        for (var py = top; py < bottom; py++)
        {
            for (var px = left; px < right; px++)
            {
                Blend(px, py, color, 1.0);
            }
        }
    }

    /// <summary>Fills a rectangle with rounded corners of the given radius.</summary>
    public void FillRoundedRect(double x, double y, double width, double height, double radius, Rgba color)
    {
        radius = Math.Clamp(radius, 0, Math.Min(width, height) / 2);
        FillSpans(y, y + height, color, (sy, spans) =>
        {
            var inset = 0.0;
            var fromEdge = Math.Min(sy - y, y + height - sy);
            if (fromEdge < radius)
            {
                var dy = radius - fromEdge;
                inset = radius - Math.Sqrt((radius * radius) - (dy * dy));
            }

            spans.Add((x + inset, x + width - inset));
        });
    }

    /// <summary>Fills an axis-aligned ellipse.</summary>
    public void FillEllipse(double centerX, double centerY, double radiusX, double radiusY, Rgba color)
    {
        FillSpans(centerY - radiusY, centerY + radiusY, color, (sy, spans) =>
        {
            var t = (sy - centerY) / radiusY;
            var half = radiusX * Math.Sqrt(Math.Max(0, 1 - (t * t)));
            spans.Add((centerX - half, centerX + half));
        });
    }

    public void FillCircle(double centerX, double centerY, double radius, Rgba color) =>
        FillEllipse(centerX, centerY, radius, radius, color);

    /// <summary>Fills a polygon by the even-odd rule, so self-intersecting outlines leave holes.</summary>
    public void FillPolygon(IReadOnlyList<Vertex> points, Rgba color)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 3)
        {
            return;
        }

        var top = points.Min(p => p.Y);
        var bottom = points.Max(p => p.Y);
        var crossings = new List<double>();
        FillSpans(top, bottom, color, (sy, spans) =>
        {
            crossings.Clear();
            for (var i = 0; i < points.Count; i++)
            {
                var a = points[i];
                var b = points[(i + 1) % points.Count];
                if ((a.Y <= sy && sy < b.Y) || (b.Y <= sy && sy < a.Y))
                {
                    crossings.Add(a.X + ((sy - a.Y) * (b.X - a.X) / (b.Y - a.Y)));
                }
            }

            crossings.Sort();
            for (var i = 0; i + 1 < crossings.Count; i += 2)
            {
                spans.Add((crossings[i], crossings[i + 1]));
            }
        });
    }

    /// <summary>
    /// Draws text in the <see cref="BitmapFont"/>, each font pixel a square of <paramref name="scale"/> pixels,
    /// with the top-left corner of the first glyph at (x, y).
    /// </summary>
    /// <exception cref="ArgumentException">The text has a character the font lacks.</exception>
    public void DrawText(string text, int x, int y, int scale, Rgba color)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        foreach (var c in text)
        {
            if (!BitmapFont.Supports(c))
            {
                throw new ArgumentException($"'{c}' is not in the bitmap font.", nameof(text));
            }
        }

        var advance = (BitmapFont.GlyphWidth + BitmapFont.Spacing) * scale;
        for (var i = 0; i < text.Length; i++)
        {
            for (var row = 0; row < BitmapFont.GlyphHeight; row++)
            {
                for (var column = 0; column < BitmapFont.GlyphWidth; column++)
                {
                    if (BitmapFont.IsSet(text[i], column, row))
                    {
                        FillRect(x + (i * advance) + (column * scale), y + (row * scale), scale, scale, color);
                    }
                }
            }
        }
    }

    /// <summary>The canvas as a PNG file.</summary>
    public byte[] ToPng() => PngWriter.Encode(Width, Height, _pixels);

    // Samples each pixel on a 4×4 grid: spansAt lists the covered [left, right) intervals of one sample row.
    private void FillSpans(double top, double bottom, Rgba color, Action<double, List<(double Left, double Right)>> spansAt)
    {
        var firstRow = Math.Max(0, (int)Math.Floor(top));
        var endRow = Math.Min(Height, (int)Math.Ceiling(bottom));
        var counts = new int[Width];
        var spans = new List<(double Left, double Right)>();
        for (var py = firstRow; py < endRow; py++)
        {
            var minColumn = Width;
            var maxColumn = -1;
            for (var k = 0; k < Samples; k++)
            {
                var sy = py + ((k + 0.5) / Samples);
                if (sy < top || sy >= bottom)
                {
                    continue;
                }

                spans.Clear();
                spansAt(sy, spans);
                foreach (var (left, right) in spans)
                {
                    // Sample s sits at (s + 0.5) / Samples; it is covered when left <= that < right.
                    var first = Math.Max(0, (int)Math.Ceiling((left * Samples) - 0.5));
                    var end = Math.Min(Width * Samples, (int)Math.Ceiling((right * Samples) - 0.5));
                    for (var s = first; s < end; s++)
                    {
                        counts[s / Samples]++;
                    }

                    if (first < end)
                    {
                        minColumn = Math.Min(minColumn, first / Samples);
                        maxColumn = Math.Max(maxColumn, (end - 1) / Samples);
                    }
                }
            }

            for (var px = minColumn; px <= maxColumn; px++)
            {
                if (counts[px] > 0)
                {
                    Blend(px, py, color, Math.Min(counts[px], SamplesPerPixel) / (double)SamplesPerPixel);
                    counts[px] = 0;
                }
            }
        }
    }

    private void Blend(int x, int y, Rgba color, double coverage)
    {
        var i = ((y * Width) + x) * 4;
        var sourceAlpha = color.A / 255.0 * coverage;
        if (sourceAlpha >= 1.0)
        {
            _pixels[i] = color.R;
            _pixels[i + 1] = color.G;
            _pixels[i + 2] = color.B;
            _pixels[i + 3] = 255;
            return;
        }

        var destinationAlpha = _pixels[i + 3] / 255.0;
        var outAlpha = sourceAlpha + (destinationAlpha * (1 - sourceAlpha));
        if (outAlpha <= 0)
        {
            return;
        }

        _pixels[i] = Mix(color.R, _pixels[i], sourceAlpha, destinationAlpha, outAlpha);
        _pixels[i + 1] = Mix(color.G, _pixels[i + 1], sourceAlpha, destinationAlpha, outAlpha);
        _pixels[i + 2] = Mix(color.B, _pixels[i + 2], sourceAlpha, destinationAlpha, outAlpha);
        _pixels[i + 3] = (byte)Math.Round(outAlpha * 255);
    }

    private static byte Mix(byte source, byte destination, double sourceAlpha, double destinationAlpha, double outAlpha) =>
        (byte)Math.Round(((source * sourceAlpha) + (destination * destinationAlpha * (1 - sourceAlpha))) / outAlpha);
}
