namespace Anshin.Core.Mail;

/// <summary>A body part that is not the message text: a file, an inline image or an attached message.</summary>
public sealed class MailAttachment
{
    /// <summary>
    /// The decoded, sanitised file name (no directories or control characters); when the sender gave none,
    /// a generated one such as <c>attachment-1.bin</c>, or for an attached message its subject plus
    /// <c>.eml</c> (<c>message-1.eml</c> when it has no subject).
    /// </summary>
    public required string FileName { get; init; }

    /// <summary>Whether <see cref="FileName"/> was generated because the sender gave no name.</summary>
    public bool IsNameGenerated { get; init; }

    /// <summary>The lower-case media type the sender declared, such as <c>application/pdf</c>.</summary>
    public required string ContentType { get; init; }

    /// <summary>
    /// The content with its transfer encoding removed. For attached messages these are the message's raw
    /// bytes. The memory may share the buffer the message was parsed from.
    /// </summary>
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>The length of <see cref="Content"/> in bytes.</summary>
    public int Size => Content.Length;

    /// <summary>Whether the part is meant to be shown within the message (an inline image) rather than as a file.</summary>
    public bool IsInline { get; init; }

    /// <summary>The Content-ID without angle brackets, by which HTML refers to inline images; or <see langword="null"/>.</summary>
    public string? ContentId { get; init; }
}
