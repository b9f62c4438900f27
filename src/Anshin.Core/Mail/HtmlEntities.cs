using System.Globalization;

namespace Anshin.Core.Mail;

/// <summary>Decodes HTML character references: the named ones mail uses, and decimal and hex numeric ones.</summary>
internal static class HtmlEntities
{
    private const int MaxNameLength = 32;

    // Browsers accept these few without the closing semicolon, and so do hand-written mail templates.
    private static readonly HashSet<string> Legacy = new(StringComparer.Ordinal) { "amp", "lt", "gt", "quot", "nbsp", "copy", "reg" };

    // Numeric references 0x80–0x9F mean windows-1252 characters (HTML §13.2.5.80).
    private static readonly string Windows1252 =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["amp"] = "&",
        ["lt"] = "<",
        ["gt"] = ">",
        ["quot"] = "\"",
        ["apos"] = "'",
        ["nbsp"] = "\u00A0",
        ["ensp"] = "\u2002",
        ["emsp"] = "\u2003",
        ["thinsp"] = "\u2009",
        ["zwnj"] = "\u200C",
        ["zwj"] = "\u200D",
        ["shy"] = "\u00AD",
        ["copy"] = "\u00A9",
        ["reg"] = "\u00AE",
        ["trade"] = "\u2122",
        ["hellip"] = "\u2026",
        ["mdash"] = "\u2014",
        ["ndash"] = "\u2013",
        ["lsquo"] = "\u2018",
        ["rsquo"] = "\u2019",
        ["sbquo"] = "\u201A",
        ["ldquo"] = "\u201C",
        ["rdquo"] = "\u201D",
        ["bdquo"] = "\u201E",
        ["laquo"] = "\u00AB",
        ["raquo"] = "\u00BB",
        ["lsaquo"] = "\u2039",
        ["rsaquo"] = "\u203A",
        ["bull"] = "\u2022",
        ["middot"] = "\u00B7",
        ["prime"] = "\u2032",
        ["dagger"] = "\u2020",
        ["Dagger"] = "\u2021",
        ["permil"] = "\u2030",
        ["sect"] = "\u00A7",
        ["para"] = "\u00B6",
        ["deg"] = "\u00B0",
        ["plusmn"] = "\u00B1",
        ["times"] = "\u00D7",
        ["divide"] = "\u00F7",
        ["micro"] = "\u00B5",
        ["cent"] = "\u00A2",
        ["pound"] = "\u00A3",
        ["yen"] = "\u00A5",
        ["euro"] = "\u20AC",
        ["curren"] = "\u00A4",
        ["iexcl"] = "\u00A1",
        ["iquest"] = "\u00BF",
        ["brvbar"] = "\u00A6",
        ["uml"] = "\u00A8",
        ["ordf"] = "\u00AA",
        ["ordm"] = "\u00BA",
        ["not"] = "\u00AC",
        ["macr"] = "\u00AF",
        ["acute"] = "\u00B4",
        ["cedil"] = "\u00B8",
        ["sup1"] = "\u00B9",
        ["sup2"] = "\u00B2",
        ["sup3"] = "\u00B3",
        ["frac14"] = "\u00BC",
        ["frac12"] = "\u00BD",
        ["frac34"] = "\u00BE",
        ["larr"] = "\u2190",
        ["uarr"] = "\u2191",
        ["rarr"] = "\u2192",
        ["darr"] = "\u2193",
        ["harr"] = "\u2194",
        ["lArr"] = "\u21D0",
        ["rArr"] = "\u21D2",
        ["hArr"] = "\u21D4",
        ["minus"] = "\u2212",
        ["le"] = "\u2264",
        ["ge"] = "\u2265",
        ["ne"] = "\u2260",
        ["asymp"] = "\u2248",
        ["infin"] = "\u221E",
        ["sum"] = "\u2211",
        ["radic"] = "\u221A",
        ["there4"] = "\u2234",
        ["loz"] = "\u25CA",
        ["spades"] = "\u2660",
        ["clubs"] = "\u2663",
        ["hearts"] = "\u2665",
        ["diams"] = "\u2666",
        ["check"] = "\u2713",
        ["star"] = "\u2606",
        ["starf"] = "\u2605",
        ["oline"] = "\u203E",
        ["frasl"] = "\u2044",
        ["circ"] = "\u02C6",
        ["tilde"] = "\u02DC",
        ["Agrave"] = "\u00C0",
        ["Aacute"] = "\u00C1",
        ["Acirc"] = "\u00C2",
        ["Atilde"] = "\u00C3",
        ["Auml"] = "\u00C4",
        ["Aring"] = "\u00C5",
        ["AElig"] = "\u00C6",
        ["Ccedil"] = "\u00C7",
        ["Egrave"] = "\u00C8",
        ["Eacute"] = "\u00C9",
        ["Ecirc"] = "\u00CA",
        ["Euml"] = "\u00CB",
        ["Igrave"] = "\u00CC",
        ["Iacute"] = "\u00CD",
        ["Icirc"] = "\u00CE",
        ["Iuml"] = "\u00CF",
        ["ETH"] = "\u00D0",
        ["Ntilde"] = "\u00D1",
        ["Ograve"] = "\u00D2",
        ["Oacute"] = "\u00D3",
        ["Ocirc"] = "\u00D4",
        ["Otilde"] = "\u00D5",
        ["Ouml"] = "\u00D6",
        ["Oslash"] = "\u00D8",
        ["Ugrave"] = "\u00D9",
        ["Uacute"] = "\u00DA",
        ["Ucirc"] = "\u00DB",
        ["Uuml"] = "\u00DC",
        ["Yacute"] = "\u00DD",
        ["THORN"] = "\u00DE",
        ["szlig"] = "\u00DF",
        ["agrave"] = "\u00E0",
        ["aacute"] = "\u00E1",
        ["acirc"] = "\u00E2",
        ["atilde"] = "\u00E3",
        ["auml"] = "\u00E4",
        ["aring"] = "\u00E5",
        ["aelig"] = "\u00E6",
        ["ccedil"] = "\u00E7",
        ["egrave"] = "\u00E8",
        ["eacute"] = "\u00E9",
        ["ecirc"] = "\u00EA",
        ["euml"] = "\u00EB",
        ["igrave"] = "\u00EC",
        ["iacute"] = "\u00ED",
        ["icirc"] = "\u00EE",
        ["iuml"] = "\u00EF",
        ["eth"] = "\u00F0",
        ["ntilde"] = "\u00F1",
        ["ograve"] = "\u00F2",
        ["oacute"] = "\u00F3",
        ["ocirc"] = "\u00F4",
        ["otilde"] = "\u00F5",
        ["ouml"] = "\u00F6",
        ["oslash"] = "\u00F8",
        ["ugrave"] = "\u00F9",
        ["uacute"] = "\u00FA",
        ["ucirc"] = "\u00FB",
        ["uuml"] = "\u00FC",
        ["yacute"] = "\u00FD",
        ["thorn"] = "\u00FE",
        ["yuml"] = "\u00FF",
        ["Alpha"] = "\u0391",
        ["Beta"] = "\u0392",
        ["alpha"] = "\u03B1",
        ["beta"] = "\u03B2",
        ["gamma"] = "\u03B3",
        ["delta"] = "\u03B4",
        ["pi"] = "\u03C0",
        ["mu"] = "\u03BC",
        ["Omega"] = "\u03A9",
        ["omega"] = "\u03C9",
    };

    /// <summary>
    /// Decodes the reference starting with <c>&amp;</c> at <paramref name="start"/>; returns the text and the
    /// index after the reference, or <see langword="null"/> when there is no valid reference there.
    /// </summary>
    public static string? TryDecode(string text, int start, out int end)
    {
        end = start;
        var i = start + 1;
        if (i < text.Length && text[i] == '#')
        {
            return TryDecodeNumeric(text, i + 1, out end);
        }

        var nameStart = i;
        while (i < text.Length && i - nameStart < MaxNameLength && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        var name = text[nameStart..i];
        if (i < text.Length && text[i] == ';' && Named.TryGetValue(name, out var value))
        {
            end = i + 1;
            return value;
        }

        var lower = name.ToLowerInvariant();
        if (Legacy.Contains(lower))
        {
            end = i < text.Length && text[i] == ';' ? i + 1 : i;
            return Named[lower];
        }

        return null;
    }

    /// <summary>The text with every valid reference decoded; invalid ones are kept as written.</summary>
    public static string Decode(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '&' && TryDecode(text, i, out var end) is { } decoded)
            {
                builder.Append(decoded);
                i = end - 1;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static string? TryDecodeNumeric(string text, int i, out int end)
    {
        end = i;
        var hex = i < text.Length && text[i] is 'x' or 'X';
        if (hex)
        {
            i++;
        }

        var digitsStart = i;
        while (i < text.Length && i - digitsStart < 8 && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
        {
            i++;
        }

        if (i == digitsStart)
        {
            return null;
        }

        var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
        var code = int.Parse(text.AsSpan(digitsStart, i - digitsStart), style, CultureInfo.InvariantCulture);
        end = i < text.Length && text[i] == ';' ? i + 1 : i;
        if (code is >= 0x80 and <= 0x9F)
        {
            return Windows1252[code - 0x80].ToString();
        }

        if (code is <= 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            return "\uFFFD";
        }

        return char.ConvertFromUtf32(code);
    }
}
