namespace Anshin.Core.Mail;

/// <summary>A message or body part as read: its header, its still-encoded body and, for multiparts, its parts.</summary>
internal sealed class MimeEntity
{
    public required IReadOnlyList<MailHeader> Headers { get; init; }

    /// <summary>The lower-case media type, defaulted when the part declared none or an unreadable one.</summary>
    public required string MediaType { get; init; }

    public required HeaderParameters ContentType { get; init; }

    public required HeaderParameters Disposition { get; init; }

    /// <summary>The body as sent, still in its Content-Transfer-Encoding.</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }

    public List<MimeEntity> Children { get; } = [];

    public bool IsMultipart => MediaType.StartsWith("multipart/", StringComparison.Ordinal) && Children.Count > 0;

    public string? Header(string name) => MailHeaders.First(Headers, name)?.Value;

    public string? RawHeader(string name) => MailHeaders.First(Headers, name)?.RawValue;
}
