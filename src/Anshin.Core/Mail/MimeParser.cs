namespace Anshin.Core.Mail;

/// <summary>
/// Parses raw mail (RFC 5322 with MIME) as Japanese senders really write it. It never throws: whatever the
/// input, it returns a <see cref="ParsedMessage"/>, flagged <see cref="ParsedMessage.Unparsed"/> when the
/// bytes could not be read as a message, with <see cref="ParsedMessage.Problems"/> naming every repair.
/// </summary>
/// <remarks>
/// Work is linear in the input; multiparts are followed to depth <see cref="MaxDepth"/> and at most
/// <see cref="MaxParts"/> parts are read, so crafted messages cannot exhaust the stack or memory.
/// Attachment contents that needed no decoding share the input buffer instead of being copied.
/// </remarks>
public static class MimeParser
{
    /// <summary>How deeply nested multiparts are followed.</summary>
    public const int MaxDepth = MimeReader.MaxDepth;

    /// <summary>How many body parts are read from one message.</summary>
    public const int MaxParts = MimeReader.MaxParts;

    private static readonly HashSet<string> MailFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "From", "To", "Cc", "Subject", "Date", "Message-ID", "Received", "Return-Path", "MIME-Version",
        "Content-Type", "Reply-To", "Sender", "Delivered-To", "In-Reply-To", "References", "X-Mailer",
    };

    /// <summary>Parses a message held in a span; the bytes are copied once, since attachments refer to them.</summary>
    public static ParsedMessage Parse(ReadOnlySpan<byte> raw) => Parse(new ReadOnlyMemory<byte>(raw.ToArray()));

    /// <summary>Parses a message; a <see langword="null"/> array is read as empty input.</summary>
    public static ParsedMessage Parse(byte[]? raw) => Parse(new ReadOnlyMemory<byte>(raw));

    /// <summary>Parses a message read to its end from <paramref name="stream"/>; a read error keeps what was read.</summary>
    public static ParsedMessage Parse(Stream? stream)
    {
        using var buffer = new MemoryStream();
        var readFailed = false;
        try
        {
            stream?.CopyTo(buffer);
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or NotSupportedException
            or UnauthorizedAccessException)
        {
            readFailed = true;
        }

        return Parse(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), readFailed ? MailProblem.ReadFailed : null);
    }

    /// <summary>Parses a message; attachment contents may be slices of <paramref name="raw"/>.</summary>
    public static ParsedMessage Parse(ReadOnlyMemory<byte> raw) => Parse(raw, null);

    private static ParsedMessage Parse(ReadOnlyMemory<byte> raw, string? readProblem)
    {
        var problems = new ProblemLog();
        if (readProblem is not null)
        {
            problems.Add(readProblem);
        }

        if (raw.Span.Trim(" \t\r\n\0"u8).IsEmpty)
        {
            problems.Add(MailProblem.Empty);
            return new ParsedMessage { Unparsed = true, Problems = problems.Names };
        }

        try
        {
            return Build(raw, problems);
        }
        catch (Exception)
        {
            // The contract is that no input makes the parser throw; a fault is reported as a problem instead.
            problems.Add(MailProblem.ParserFault);
            return new ParsedMessage { Unparsed = true, Problems = [.. problems.Names] };
        }
    }

    private static ParsedMessage Build(ReadOnlyMemory<byte> raw, ProblemLog problems)
    {
        var reader = new MimeReader(problems);
        var root = reader.ReadMessage(raw);
        var headers = root.Headers;
        var unparsed = false;
        if (headers.Count == 0)
        {
            problems.Add(MailProblem.MissingHeaders);
            unparsed = true;
        }
        else if (!headers.Any(header => MailFields.Contains(header.Name)))
        {
            problems.Add(MailProblem.NotAMessage);
            unparsed = true;
        }

        var collector = new BodyCollector(reader, problems);
        collector.Collect(root);
        var html = collector.Htmls.Count == 0 ? null : string.Join("\n", collector.Htmls);
        var text = collector.Texts.Count switch
        {
            0 => html is null ? string.Empty : HtmlToText.Convert(html),
            1 => collector.Texts[0],
            _ => string.Join("\n\n", collector.Texts.Select(part => part.TrimEnd('\n'))),
        };
        if (unparsed && !LooksLikeText(text))
        {
            text = string.Empty;
        }

        var from = AddressListParser.Parse(root.RawHeader("From"), problems);
        var isReport = root.MediaType == "multipart/report";
        var isBounce = (isReport && string.Equals(root.ContentType["report-type"], "delivery-status", StringComparison.OrdinalIgnoreCase))
            || collector.DeliveryStatus is not null
            || (from.Count > 0 && string.Equals(from[0].LocalPart, "mailer-daemon", StringComparison.OrdinalIgnoreCase));
        var automatedReason = AutoReplyDetector.Detect(headers) ?? (isBounce ? "bounce" : isReport ? "report" : null);
        var returnPath = root.RawHeader("Return-Path");
        return new ParsedMessage
        {
            Unparsed = unparsed,
            Subject = root.Header("Subject")?.Trim() ?? string.Empty,
            From = from.Count > 0 ? from[0] : null,
            To = AddressListParser.Parse(root.RawHeader("To"), problems),
            Cc = AddressListParser.Parse(root.RawHeader("Cc"), problems),
            ReplyTo = AddressListParser.Parse(root.RawHeader("Reply-To"), problems),
            Date = MailDateParser.Parse(root.Header("Date"), problems),
            MessageId = MessageIdParser.ParseFirst(root.RawHeader("Message-ID")),
            InReplyTo = MessageIdParser.ParseFirst(root.RawHeader("In-Reply-To")),
            References = MessageIdParser.ParseAll(root.RawHeader("References")),
            ReturnPath = returnPath is null ? null : AddressListParser.NormaliseAddress(returnPath),
            Headers = headers,
            TextBody = text,
            HtmlBody = html,
            Attachments = collector.Attachments,
            IsAutomated = automatedReason is not null,
            AutomatedReason = automatedReason,
            IsBounce = isBounce,
            Bounce = isBounce ? DeliveryStatusReader.Read(collector.DeliveryStatus, collector.OriginalHeaders, text) : null,
            Problems = problems.Names,
        };
    }

    // Binary input decodes to control and replacement characters; such "text" is not worth showing.
    private static bool LooksLikeText(string text)
    {
        var bad = text.Count(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\t' or '\f')));
        return bad <= text.Length / 20;
    }
}
