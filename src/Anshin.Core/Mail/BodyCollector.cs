using System.Text;

namespace Anshin.Core.Mail;

/// <summary>
/// Walks the part tree once, choosing the message text (plain preferred in multipart/alternative, HTML as
/// the fallback) and turning every other part into an attachment; it also keeps the parts a delivery
/// report is read from.
/// </summary>
internal sealed class BodyCollector(MimeReader reader, ProblemLog problems)
{
    private readonly List<MailAttachment> attachments = [];

    public IReadOnlyList<MailAttachment> Attachments => attachments;

    public List<string> Texts { get; } = [];

    public List<string> Htmls { get; } = [];

    /// <summary>The decoded message/delivery-status part, if any.</summary>
    public ReadOnlyMemory<byte>? DeliveryStatus { get; private set; }

    /// <summary>The header fields of the first attached message or text/rfc822-headers part, if any.</summary>
    public IReadOnlyList<MailHeader>? OriginalHeaders { get; private set; }

    public void Collect(MimeEntity root)
    {
        Visit(root, new TextSink(Texts, Htmls), isRoot: true);
    }

    private void Visit(MimeEntity entity, TextSink sink, bool isRoot)
    {
        if (entity.IsMultipart)
        {
            if (entity.MediaType == "multipart/alternative")
            {
                VisitAlternative(entity, sink);
                return;
            }

            foreach (var child in entity.Children)
            {
                Visit(child, sink, isRoot: false);
            }

            return;
        }

        // One broken part must not cost the message its other parts; the fault is reported instead.
        try
        {
            VisitLeaf(entity, sink, isRoot);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException
            or IndexOutOfRangeException or OverflowException or DecoderFallbackException)
        {
            problems.Add(MailProblem.ParserFault);
        }
    }

    private void VisitAlternative(MimeEntity entity, TextSink sink)
    {
        var sinks = new List<TextSink>();
        foreach (var child in entity.Children)
        {
            var childSink = new TextSink([], []);
            Visit(child, childSink, isRoot: false);
            sinks.Add(childSink);
        }

        // Alternatives come in increasing order of richness: the first plain text and the last HTML win.
        if (sinks.FirstOrDefault(s => s.Texts.Count > 0) is { } plain)
        {
            sink.Texts.AddRange(plain.Texts);
        }

        if (sinks.LastOrDefault(s => s.Htmls.Count > 0) is { } html)
        {
            sink.Htmls.AddRange(html.Htmls);
        }
    }

    private void VisitLeaf(MimeEntity entity, TextSink sink, bool isRoot)
    {
        var disposition = entity.Disposition.Value;
        var fileName = AttachmentNames.Sanitise(entity.Disposition["filename"] ?? entity.ContentType["name"]);
        var isText = entity.MediaType is "text/plain" or "text/html";
        if (isText && disposition != "attachment" && (fileName is null || isRoot))
        {
            var text = BodyText.Decode(entity, problems);
            (entity.MediaType == "text/html" ? sink.Htmls : sink.Texts).Add(text);
            return;
        }

        var content = TransferDecoder.Decode(entity.Body, entity.Header("Content-Transfer-Encoding"), problems);
        var isMessage = entity.MediaType is "message/rfc822" or "message/global";
        if (isMessage || entity.MediaType is "text/rfc822-headers" or "message/global-headers")
        {
            var headers = reader.ReadHeaders(content, topLevel: isMessage, out _);
            OriginalHeaders ??= headers;
            if (isMessage && fileName is null)
            {
                fileName = AttachmentNames.FromSubject(MailHeaders.First(headers, "Subject")?.Value ?? string.Empty);
            }
        }
        else if (entity.MediaType == "message/delivery-status")
        {
            DeliveryStatus ??= content;
        }

        var contentId = MessageIdParser.ParseFirst(entity.Header("Content-ID"));
        attachments.Add(new MailAttachment
        {
            FileName = fileName ?? AttachmentNames.Generate(entity.MediaType, attachments.Count + 1),
            IsNameGenerated = fileName is null,
            ContentType = entity.MediaType,
            Content = content,
            IsInline = disposition == "inline" || (disposition.Length == 0 && contentId is not null),
            ContentId = contentId,
        });
    }

    private sealed record TextSink(List<string> Texts, List<string> Htmls);
}
