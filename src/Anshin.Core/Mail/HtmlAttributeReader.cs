namespace Anshin.Core.Mail;

/// <summary>
/// Reads the attributes of an HTML tag for <see cref="HtmlToText"/>, tolerating unquoted values, missing
/// values and a quote that is never closed (it ends where the tag does instead of swallowing the mail).
/// </summary>
internal sealed class HtmlAttributeReader(string html)
{
    // Remembered misses keep broken HTML linear: a quote that was not found once is not searched for again.
    private int noDoubleQuoteAfter = int.MaxValue;
    private int noSingleQuoteAfter = int.MaxValue;

    /// <summary>The attributes from <paramref name="k"/> up to the end of the tag; <paramref name="k"/> ends after the <c>&gt;</c>.</summary>
    public Dictionary<string, string> Read(ref int k)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (k < html.Length && html[k] != '>')
        {
            if (char.IsWhiteSpace(html[k]) || html[k] == '/')
            {
                k++;
                continue;
            }

            var nameStart = k;
            while (k < html.Length && !char.IsWhiteSpace(html[k]) && html[k] is not ('=' or '>' or '/'))
            {
                k++;
            }

            var name = html[nameStart..k];
            while (k < html.Length && char.IsWhiteSpace(html[k]))
            {
                k++;
            }

            var value = string.Empty;
            if (k < html.Length && html[k] == '=')
            {
                k++;
                value = ReadAttributeValue(ref k);
            }

            if (name.Length == 0)
            {
                k++;
                continue;
            }

            attributes.TryAdd(name, HtmlEntities.Decode(value));
        }

        k = Math.Min(html.Length, k + 1);
        return attributes;
    }

    private string ReadAttributeValue(ref int k)
    {
        while (k < html.Length && char.IsWhiteSpace(html[k]))
        {
            k++;
        }

        if (k < html.Length && html[k] is '"' or '\'')
        {
            var quote = html[k];
            var missingAfter = quote == '"' ? noDoubleQuoteAfter : noSingleQuoteAfter;
            var close = k + 1 >= missingAfter ? -1 : html.IndexOf(quote, k + 1);
            if (close < 0 && quote == '"')
            {
                noDoubleQuoteAfter = k;
            }
            else if (close < 0)
            {
                noSingleQuoteAfter = k;
            }

            var tagEnd = html.IndexOf('>', k + 1);

            // An unterminated quote ends where the tag does, rather than swallowing the rest of the mail.
            var end = close >= 0 ? close : (tagEnd >= 0 ? tagEnd : html.Length);
            var value = html[(k + 1)..end];
            k = close >= 0 ? close + 1 : end;
            return value;
        }

        var start = k;
        while (k < html.Length && !char.IsWhiteSpace(html[k]) && html[k] != '>')
        {
            k++;
        }

        return html[start..k];
    }
}
