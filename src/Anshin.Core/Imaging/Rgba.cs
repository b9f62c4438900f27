using System.Globalization;

namespace Anshin.Core.Imaging;

/// <summary>An 8-bit-per-channel colour with straight alpha.</summary>
public readonly record struct Rgba(byte R, byte G, byte B, byte A = 255)
{
    /// <summary>Fully transparent black, the colour of a new <see cref="Raster"/>.</summary>
    public static Rgba Transparent { get; } = new(0, 0, 0, 0);

    /// <summary>Parses "#rrggbb" as an opaque colour.</summary>
    /// <exception cref="FormatException">The text is not "#" and six hexadecimal digits.</exception>
    public static Rgba FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length != 7 || hex[0] != '#'
            || !int.TryParse(hex.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{hex}' is not a colour of the form #rrggbb.");
        }

        return new((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    /// <summary>"#rrggbb", ignoring alpha, as SVG and CSS expect.</summary>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");
}
