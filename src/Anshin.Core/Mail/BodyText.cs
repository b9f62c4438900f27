namespace Anshin.Core.Mail;

/// <summary>Decodes text parts: transfer encoding, charset (declared, in an HTML meta tag, or detected), line ends, format=flowed.</summary>
internal static class BodyText
{
    private const int MetaSearchLength = 2048;

    public static string Decode(MimeEntity entity, ProblemLog problems)
    {
        var bytes = TransferDecoder.Decode(entity.Body, entity.Header("Content-Transfer-Encoding"), problems).Span;
        var charset = entity.ContentType["charset"];
        if (string.IsNullOrWhiteSpace(charset) && entity.MediaType == "text/html")
        {
            charset = MetaCharset(bytes);
        }

        var text = NormaliseLineEnds(MailCharsets.Decode(bytes, charset, problems)).TrimStart('\uFEFF');
        if (string.Equals(entity.ContentType["format"], "flowed", StringComparison.OrdinalIgnoreCase))
        {
            text = FlowedText.Unflow(text, string.Equals(entity.ContentType["delsp"], "yes", StringComparison.OrdinalIgnoreCase));
        }

        return text;
    }

    public static string NormaliseLineEnds(string text)
    {
        if (!text.Contains('\r', StringComparison.Ordinal))
        {
            return text;
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    // <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">, in the first 2 KB.
    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, MetaSearchLength)]);
        var index = head.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }

        var start = index + "charset=".Length;
        while (start < head.Length && head[start] is '"' or '\'' or ' ')
        {
            start++;
        }

        var end = start;
        while (end < head.Length && (char.IsAsciiLetterOrDigit(head[end]) || head[end] is '-' or '_' or '.' or ':'))
        {
            end++;
        }

        return end > start ? head[start..end] : null;
    }
}
