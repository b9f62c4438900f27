namespace Anshin.Core.Mail;

/// <summary>
/// Reads a message into a tree of <see cref="MimeEntity"/> parts, following multiparts down to a fixed
/// depth and up to a fixed number of parts so that crafted messages cannot exhaust the stack or memory.
/// </summary>
internal sealed class MimeReader(ProblemLog problems)
{
    /// <summary>How deeply multiparts and attached messages are followed.</summary>
    public const int MaxDepth = 20;

    /// <summary>How many body parts one message may have before the rest are ignored.</summary>
    public const int MaxParts = 1000;

    private int partCount;
    private bool hintRead;

    public int? HintCodePage { get; private set; }

    /// <summary>Reads a whole message (top level: BOM, mbox line and charset hint are handled).</summary>
    public MimeEntity ReadMessage(ReadOnlyMemory<byte> raw)
    {
        return Read(raw, 0, topLevel: true, "text/plain");
    }

    /// <summary>The header fields of an entity, decoded, without reading its body.</summary>
    public List<MailHeader> ReadHeaders(ReadOnlyMemory<byte> raw, bool topLevel, out int bodyStart)
    {
        var (fields, start) = HeaderBlock.Read(raw, topLevel, problems);
        bodyStart = start;
        if (topLevel && !hintRead)
        {
            HintCodePage = CharsetHint(fields);
            hintRead = true;
        }

        var headers = new List<MailHeader>(fields.Count);
        foreach (var field in fields)
        {
            var rawValue = HeaderText.Decode(field.Value.Span, HintCodePage, problems);
            headers.Add(new MailHeader(field.Name, EncodedWordDecoder.Decode(rawValue, problems)) { RawValue = rawValue });
        }

        return headers;
    }

    private MimeEntity Read(ReadOnlyMemory<byte> raw, int depth, bool topLevel, string defaultType)
    {
        partCount++;
        var headers = ReadHeaders(raw, topLevel, out var bodyStart);
        var contentType = HeaderParameters.Parse(MailHeaders.First(headers, "Content-Type")?.RawValue, problems);
        var entity = new MimeEntity
        {
            Headers = headers,
            MediaType = MediaTypeOf(contentType.Value, defaultType),
            ContentType = contentType,
            Disposition = HeaderParameters.Parse(MailHeaders.First(headers, "Content-Disposition")?.RawValue, problems),
            Body = raw[bodyStart..],
        };

        if (!entity.MediaType.StartsWith("multipart/", StringComparison.Ordinal))
        {
            return entity;
        }

        if (depth >= MaxDepth)
        {
            problems.Add(MailProblem.NestingTooDeep);
            return entity;
        }

        var childDefault = entity.MediaType == "multipart/digest" ? "message/rfc822" : "text/plain";
        var parts = MultipartSplitter.Split(entity.Body, contentType["boundary"], MaxParts, problems);
        if (parts.Count == 0)
        {
            // Without any boundary the body is the only part there is.
            parts.Add(entity.Body);
        }

        foreach (var part in parts)
        {
            if (partCount >= MaxParts)
            {
                problems.Add(MailProblem.TooManyParts);
                break;
            }

            entity.Children.Add(Read(part, depth + 1, topLevel: false, childDefault));
        }

        return entity;
    }

    private string MediaTypeOf(string declared, string defaultType)
    {
        if (declared.Length == 0)
        {
            return defaultType;
        }

        var slash = declared.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && slash < declared.Length - 1)
        {
            return declared;
        }

        problems.Add(MailProblem.InvalidContentType);
        return declared.StartsWith("text", StringComparison.Ordinal) ? "text/plain"
            : declared.StartsWith("multipart", StringComparison.Ordinal) ? "multipart/mixed"
            : "application/octet-stream";
    }

    private static int? CharsetHint(List<HeaderBlock.RawField> fields)
    {
        foreach (var field in fields)
        {
            if (string.Equals(field.Name, "Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                var text = System.Text.Encoding.Latin1.GetString(field.Value.Span);
                return MailCharsets.CodePage(HeaderParameters.Parse(text)["charset"]);
            }
        }

        return null;
    }
}
