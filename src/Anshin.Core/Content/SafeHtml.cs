using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Anshin.Core.Content;

/// <summary>
/// Allow-list sanitiser for HTML that staff wrote (articles, navigator pages) before it reaches a public page.
/// The fragment is parsed as a browser would parse it (AngleSharp, HTML5 rules), then rebuilt keeping only known
/// elements and attributes: scripts, styles, frames, forms and embedded objects go with their content; any other
/// unknown element is replaced by its children; event handlers, <c>style</c> and every attribute not listed are
/// dropped; links and images keep only safe URLs (http, https, mailto, tel, or relative), and links that leave the
/// site get <c>rel="noopener noreferrer"</c>.
/// </summary>
public static class SafeHtml
{
    // Parsed as by a browser with scripting off: <noscript> content is then markup, and is judged like any other.
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    // Removed together with everything inside them: their content is code or an embedded document, not text.
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "template", "noscript", "form",
        "input", "button", "select", "textarea", "option", "svg", "math", "link", "meta", "base", "title", "head",
        "audio", "video", "source", "track", "canvas", "dialog", "portal", "noembed", "noframes", "xmp", "plaintext",
    };

    private static readonly Dictionary<string, string[]> Allowed = CreateAllowList();

    private static Dictionary<string, string[]> CreateAllowList()
    {
        const string plain = "p br hr strong em b i del s ins mark small sub sup kbd blockquote pre ul li dl dt dd "
            + "table thead tbody tr td caption figure figcaption ruby rt rp";
        var list = plain.Split(' ').ToDictionary(e => e, _ => Array.Empty<string>(), StringComparer.OrdinalIgnoreCase);
        foreach (var heading in new[] { "h2", "h3", "h4", "h5", "h6" })
        {
            list[heading] = ["id"];
        }

        list["abbr"] = ["title"];
        list["code"] = ["class"];
        list["ol"] = ["start"];
        list["th"] = ["scope"];
        list["a"] = ["href", "title"];
        list["img"] = ["src", "alt", "title", "width", "height"];
        return list;
    }

    /// <summary>The fragment with everything unsafe removed; <paramref name="siteHost"/> marks links that stay on the site.</summary>
    public static string Clean(string html, string? siteHost = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser(ParserOptions); // one per call: a parser is not meant to be shared between threads
        var source = parser.ParseDocument("<!doctype html><html><body></body></html>");
        var body = source.Body!;
        body.InnerHtml = html;
        var target = parser.ParseDocument("<!doctype html><html><body></body></html>");
        CopyChildren(body, target.Body!, target, siteHost);
        return target.Body!.InnerHtml;
    }

    /// <summary>True for URLs a link may point to: http(s), mailto, tel, or relative to this site.</summary>
    public static bool IsSafeLink(string url) => SchemeOf(url) is null or "http" or "https" or "mailto" or "tel";

    /// <summary>True for URLs an image may load from: http(s) or relative (no <c>data:</c>, no scripts).</summary>
    public static bool IsSafeImage(string url) => SchemeOf(url) is null or "http" or "https";

    private static void CopyChildren(INode from, INode to, IDocument document, string? siteHost)
    {
        foreach (var child in from.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    to.AppendChild(document.CreateTextNode(text.Data));
                    break;
                case IElement element when Dropped.Contains(element.LocalName):
                    break;
                case IElement element when Allowed.TryGetValue(element.LocalName, out var attributes):
                    var copy = document.CreateElement(element.LocalName);
                    CopyAttributes(element, copy, attributes, siteHost);
                    if (copy.LocalName is "a" && !copy.HasAttribute("href"))
                    {
                        CopyChildren(element, to, document, siteHost); // a link without a safe target is only its text
                        break;
                    }

                    if (copy.LocalName is "img" && !copy.HasAttribute("src"))
                    {
                        break;
                    }

                    to.AppendChild(copy);
                    CopyChildren(element, copy, document, siteHost);
                    break;
                case IElement element:
                    CopyChildren(element, to, document, siteHost);
                    break;
            }
        }
    }

    private static void CopyAttributes(IElement from, IElement to, string[] allowed, string? siteHost)
    {
        foreach (var name in allowed)
        {
            if (from.GetAttribute(name) is not { } value)
            {
                continue;
            }

            switch (name)
            {
                case "href" when !IsSafeLink(value):
                case "src" when !IsSafeImage(value):
                case "class" when !IsLanguageClass(value):
                case "id" when !IsPlainToken(value):
                case "start" or "width" or "height" when !IsSmallNumber(value):
                case "scope" when value is not ("row" or "col" or "rowgroup" or "colgroup"):
                    continue;
            }

            to.SetAttribute(name, value);
        }

        if (to.LocalName is "a" && to.GetAttribute("href") is { } href && LeavesSite(href, siteHost))
        {
            to.SetAttribute("rel", "noopener noreferrer");
        }
    }

    private static bool LeavesSite(string href, string? siteHost)
    {
        var scheme = SchemeOf(href);
        if (scheme is "mailto" or "tel")
        {
            return false;
        }

        if (scheme is null && !href.TrimStart().StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        var absolute = scheme is null ? "https:" + href.Trim() : href.Trim();
        return !Uri.TryCreate(absolute, UriKind.Absolute, out var uri)
            || siteHost is null
            || !string.Equals(uri.Host, siteHost, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The URL's scheme in lower case, or null when it has none (relative). Browsers ignore tabs and new lines inside
    /// a URL and leading control characters and spaces, so <c>java&#9;script:</c> is a scheme too.
    /// </summary>
    private static string? SchemeOf(string url)
    {
        var cleaned = new string([.. url.Where(c => c > ' ' && c != '\u007f')]);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var candidate = cleaned[..colon];
        if (candidate.IndexOfAny(['/', '?', '#']) >= 0)
        {
            return null; // the colon belongs to the path or query of a relative URL
        }

        return candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(candidate[0])
            ? candidate.ToLowerInvariant()
            : "invalid";
    }

    private static bool IsSmallNumber(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 100_000;

    private static bool IsLanguageClass(string value) =>
        value.StartsWith("language-", StringComparison.Ordinal) && value.Length <= 40
        && value.Skip(9).All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '+' or '#');

    private static bool IsPlainToken(string value) =>
        value.Length is > 0 and <= 100 && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\'' or '<' or '>');
}
