using System.Globalization;
using System.Text;

namespace Anshin.Core.Smtp;

/// <summary>
/// Turns an <see cref="OutgoingMessage"/> into the bytes of an RFC 5322 message: CRLF lines, folded headers, encoded
/// Japanese, a UTF-8 body in base64 (safe through any relay, and no line-length limits to worry about).
/// </summary>
public static class MessageWriter
{
    public static byte[] Write(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var headers = new StringBuilder();
        Header(headers, "Date", message.Date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + message.Date.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal));
        Header(headers, "From", HeaderEncoding.Mailbox(message.From, "From: ".Length));
        Header(headers, "To", string.Join(",\r\n ", message.To.Select(a => HeaderEncoding.Mailbox(a, "To: ".Length))));
        if (message.ReplyTo is { } replyTo)
        {
            Header(headers, "Reply-To", HeaderEncoding.Mailbox(replyTo, "Reply-To: ".Length));
        }

        Header(headers, "Subject", HeaderEncoding.Unstructured(message.Subject, "Subject: ".Length));
        Header(headers, "Message-ID", Angle(message.MessageId));
        if (message.InReplyTo is { Length: > 0 } inReplyTo)
        {
            Header(headers, "In-Reply-To", Angle(inReplyTo));
        }

        if (message.References.Count > 0)
        {
            Header(headers, "References", string.Join("\r\n ", message.References.Select(Angle)));
        }

        if (message.AutoSubmitted is { Length: > 0 } auto)
        {
            Header(headers, "Auto-Submitted", auto);
        }

        if (message.ListUnsubscribe is { Length: > 0 } unsubscribe)
        {
            Header(headers, "List-Unsubscribe", Angle(unsubscribe));
            Header(headers, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        Header(headers, "MIME-Version", "1.0");
        Header(headers, "Content-Type", "text/plain; charset=UTF-8");
        Header(headers, "Content-Transfer-Encoding", "base64");
        headers.Append("\r\n");

        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes(message.Body.ReplaceLineEndings("\r\n")));
        var text = new StringBuilder(headers.Length + body.Length + (body.Length / 76 * 2) + 2);
        text.Append(headers);
        for (var i = 0; i < body.Length; i += 76)
        {
            text.Append(body, i, Math.Min(76, body.Length - i)).Append("\r\n");
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private static string Angle(string id) => "<" + id.Trim().TrimStart('<').TrimEnd('>') + ">";

    private static void Header(StringBuilder text, string name, string value)
    {
        // Only folding may break a header: a CR or LF anywhere else would let a value inject headers.
        if (value.Replace("\r\n ", "", StringComparison.Ordinal).AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException($"Header {name} contains a line break.", nameof(value));
        }

        text.Append(name).Append(": ").Append(value).Append("\r\n");
    }
}
