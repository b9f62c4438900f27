namespace Anshin.Core.Mail;

/// <summary>
/// Turns HTML mail into readable plain text with a single forward scan (no regular expressions, so no
/// pathological backtracking): scripts, styles, the head and comments are dropped, blocks become line breaks,
/// list items get a marker, links show their target, and character references are decoded.
/// </summary>
public static class HtmlToText
{
    private static readonly HashSet<string> ParagraphElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "hr", "form",
        "fieldset", "address", "figure",
    };

    private static readonly HashSet<string> LineElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "li", "tr", "dt", "dd", "section", "article", "header", "footer", "nav", "aside", "main", "center",
        "caption", "details", "summary", "option", "body", "html", "tbody", "thead", "tfoot", "figcaption", "legend",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "title", "head", "template", "xml", "object", "svg",
    };

    /// <summary>The readable text of <paramref name="html"/>; an empty string for null or empty input.</summary>
    public static string Convert(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        return new Scanner(html).Run();
    }

    private sealed class Scanner(string html)
    {
        private readonly HtmlTextWriter writer = new();
        private readonly Stack<int> listCounters = new();
        private readonly HashSet<string> unclosed = new(StringComparer.OrdinalIgnoreCase);
        private (string Href, int Start)? link;
        private int i;

        private readonly HtmlAttributeReader attributeReader = new(html);

        // A remembered miss keeps broken HTML linear: a search that found nothing once is not repeated.
        private bool noCommentEnd;

        public string Run()
        {
            while (i < html.Length)
            {
                var c = html[i];
                if (c == '<' && TryTag())
                {
                    continue;
                }

                if (c == '&' && HtmlEntities.TryDecode(html, i, out var end) is { } decoded)
                {
                    writer.Write(decoded);
                    i = end;
                    continue;
                }

                writer.Write(c);
                i++;
            }

            CloseLink();
            return writer.ToString();
        }

        private bool TryTag()
        {
            if (i + 1 >= html.Length)
            {
                return false;
            }

            var next = html[i + 1];
            if (next == '!')
            {
                var isComment = html.AsSpan(i).StartsWith("<!--");
                var commentEnd = isComment && !noCommentEnd ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : -1;
                noCommentEnd |= isComment && commentEnd < 0;
                i = commentEnd >= 0 ? commentEnd + 3 : SkipPast('>', i + 2);
                return true;
            }

            if (next == '?')
            {
                i = SkipPast('>', i + 2);
                return true;
            }

            var closing = next == '/';
            var nameStart = i + (closing ? 2 : 1);
            var k = nameStart;
            while (k < html.Length && (char.IsAsciiLetterOrDigit(html[k]) || html[k] is ':' or '-'))
            {
                k++;
            }

            if (k == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                return false;
            }

            var name = html[nameStart..k];
            var attributes = attributeReader.Read(ref k);
            i = k;
            if (closing)
            {
                Close(name);
            }
            else
            {
                Open(name, attributes);
            }

            return true;
        }

        private void Open(string name, Dictionary<string, string> attributes)
        {
            if (SkippedElements.Contains(name) && TrySkipContent(name))
            {
                return;
            }

            switch (name.ToLowerInvariant())
            {
                case "br":
                    writer.LineBreak();
                    return;
                case "li":
                    OpenListItem();
                    return;
                case "ul" or "ol":
                    // A nested list continues its parent item on the next line; only an outer list is a paragraph.
                    writer.Block(listCounters.Count > 0 ? 1 : 2);
                    listCounters.Push(name.Equals("ol", StringComparison.OrdinalIgnoreCase) ? 0 : -1);
                    return;
                case "td" or "th":
                    writer.Space();
                    return;
                case "pre":
                    writer.Block(2);
                    writer.Preformatted = true;
                    return;
                case "img":
                    if (attributes.TryGetValue("alt", out var alt) && alt.Trim().Length > 0)
                    {
                        writer.Write(' ');
                        writer.Write(alt.Trim());
                        writer.Write(' ');
                    }

                    return;
                case "a":
                    CloseLink();
                    if (attributes.TryGetValue("href", out var href))
                    {
                        link = (href.Trim(), writer.Length);
                    }

                    return;
            }

            BlockBoundary(name);
        }

        private void Close(string name)
        {
            switch (name.ToLowerInvariant())
            {
                case "a":
                    CloseLink();
                    return;
                case "ul" or "ol":
                    if (listCounters.Count > 0)
                    {
                        listCounters.Pop();
                    }

                    writer.Block(listCounters.Count > 0 ? 1 : 2);
                    return;
                case "pre":
                    writer.Preformatted = false;
                    break;
            }

            BlockBoundary(name);
        }

        private void BlockBoundary(string name)
        {
            if (ParagraphElements.Contains(name))
            {
                writer.Block(2);
            }
            else if (LineElements.Contains(name))
            {
                writer.Block(1);
            }
        }

        private void OpenListItem()
        {
            writer.Block(1);
            var depth = Math.Max(0, listCounters.Count - 1);
            var indent = new string(' ', depth * 2);
            if (listCounters.Count > 0 && listCounters.Peek() >= 0)
            {
                var number = listCounters.Pop() + 1;
                listCounters.Push(number);
                writer.WriteRaw(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{indent}{number}. "));
            }
            else
            {
                writer.WriteRaw(indent + "・ ");
            }
        }

        private void CloseLink()
        {
            if (link is not { } open)
            {
                return;
            }

            link = null;
            var href = HtmlEntities.Decode(open.Href);
            if (href.Length == 0 || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var text = writer.Since(open.Start);
            var target = href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? href[7..] : href;
            if (text.Length > 0 && !string.Equals(text, href, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(text, target, StringComparison.OrdinalIgnoreCase))
            {
                writer.Write(' ');
                writer.WriteRaw("(" + target + ")");
            }
        }

        // Skips to the end of a script, style or head; when the end tag never comes, only a script or
        // style is dropped to the end, so that broken HTML does not lose its text.
        private bool TrySkipContent(string name)
        {
            if (unclosed.Contains(name))
            {
                return false;
            }

            var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
            if (end >= 0)
            {
                i = SkipPast('>', end);
                return true;
            }

            unclosed.Add(name);
            var lowerName = name.ToLowerInvariant();
            if (lowerName == "head" && html.IndexOf("<body", i, StringComparison.OrdinalIgnoreCase) is var body and >= 0)
            {
                i = body;
                return true;
            }

            if (lowerName is "script" or "style")
            {
                i = html.Length;
                return true;
            }

            return false;
        }

        private int SkipPast(char c, int from)
        {
            var index = from < html.Length ? html.IndexOf(c, from) : -1;
            return index < 0 ? html.Length : index + 1;
        }
    }
}
