using System.Globalization;
using System.Text;

namespace Anshin.Core.Statistics;

/// <summary>
/// Writes SVG markup where every text node and attribute value is escaped on the way in: element and attribute
/// names are the only unescaped strings, and they are always literals of this folder.
/// </summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder markup = new();

    /// <summary>Opens <paramref name="element"/>; attributes whose value is <see langword="null"/> are left out.</summary>
    public SvgWriter Start(string element, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        WriteTag(element, attributes);
        markup.Append('>');
        return this;
    }

    /// <summary>Writes an element with no content, e.g. <c>&lt;rect … /&gt;</c>.</summary>
    public SvgWriter Empty(string element, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        WriteTag(element, attributes);
        markup.Append("/>");
        return this;
    }

    /// <summary>Writes an element holding only <paramref name="text"/>.</summary>
    public SvgWriter Element(string element, string text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Start(element, attributes).Text(text).End(element);

    public SvgWriter Text(string text)
    {
        Escape(markup, text);
        return this;
    }

    public SvgWriter End(string element)
    {
        markup.Append("</").Append(element).Append('>');
        return this;
    }

    public override string ToString() => markup.ToString();

    /// <summary>A coordinate or length: at most two decimals, a dot, no exponent, no "-0".</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 2);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Text made safe for XML content and double-quoted attribute values (the only kind written here): markup
    /// characters and double quotes become entities, line breaks and tabs become character references (so attribute
    /// normalisation keeps them), and characters XML 1.0 forbids even as references (control characters, lone
    /// surrogates, U+FFFE/U+FFFF) become U+FFFD.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        Escape(builder, text);
        return builder.ToString();
    }

    private void WriteTag(string element, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        markup.Append('<').Append(element);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                markup.Append(' ').Append(name).Append("=\"");
                Escape(markup, value);
                markup.Append('"');
            }
        }
    }

    private static void Escape(StringBuilder builder, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\t': builder.Append("&#9;"); break;
                case '\n': builder.Append("&#10;"); break;
                case '\r': builder.Append("&#13;"); break;
                case < ' ' or '\uFFFE' or '\uFFFF': builder.Append('\uFFFD'); break;
                case var high when char.IsHighSurrogate(high) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    builder.Append(high).Append(text[++i]);
                    break;
                case var lone when char.IsSurrogate(lone): builder.Append('\uFFFD'); break;
                default: builder.Append(c); break;
            }
        }
    }
}
