namespace Anshin.Core.Smtp;

/// <summary>A plain-text e-mail as the desk sends it: one part, UTF-8, with the threading headers a mail client needs.</summary>
public sealed record OutgoingMessage
{
    public required MailboxAddress From { get; init; }

    public required IReadOnlyList<MailboxAddress> To { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    /// <summary>Without angle brackets; fixed when the message is first written, so a resend carries the same id.</summary>
    public required string MessageId { get; init; }

    public required DateTimeOffset Date { get; init; }

    public string? InReplyTo { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary><c>auto-replied</c> on acknowledgements (RFC 3834), so that well-behaved auto-responders stay quiet.</summary>
    public string? AutoSubmitted { get; init; }

    public MailboxAddress? ReplyTo { get; init; }

    /// <summary>
    /// An https address that unsubscribes the recipient with one POST (mail news): written as <c>List-Unsubscribe</c>
    /// with <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c> (RFC 8058).
    /// </summary>
    public string? ListUnsubscribe { get; init; }
}

/// <summary>An address with an optional display name.</summary>
public sealed record MailboxAddress(string Address, string? DisplayName = null);
