namespace Anshin.Core.Mail;

/// <summary>
/// A mail message as <see cref="MimeParser"/> understood it. Every member has a usable value even for
/// broken input: strings are empty rather than null where the message simply lacked something, lists are
/// empty, and <see cref="Problems"/> says what had to be repaired.
/// </summary>
public sealed class ParsedMessage
{
    /// <summary>
    /// Whether the input could not be read as a message at all (empty, binary, no header fields); the other
    /// members then hold whatever could be salvaged, typically only <see cref="TextBody"/>.
    /// </summary>
    public bool Unparsed { get; init; }

    /// <summary>What was repaired or guessed, as <see cref="MailProblem"/> names, each once.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The decoded subject, or an empty string.</summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>The first mailbox of the From field.</summary>
    public MailAddress? From { get; init; }

    public IReadOnlyList<MailAddress> To { get; init; } = [];

    public IReadOnlyList<MailAddress> Cc { get; init; } = [];

    public IReadOnlyList<MailAddress> ReplyTo { get; init; } = [];

    /// <summary>The Date field, or <see langword="null"/> when it is missing or unreadable.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The Message-ID without angle brackets.</summary>
    public string? MessageId { get; init; }

    /// <summary>The first id of In-Reply-To, without angle brackets.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>The ids of References, oldest first, without angle brackets.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>
    /// The envelope sender from the first Return-Path field, without angle brackets: an empty string for
    /// the null sender <c>&lt;&gt;</c> of bounces, <see langword="null"/> when the field is absent.
    /// </summary>
    public string? ReturnPath { get; init; }

    /// <summary>All header fields of the message, in order, unfolded and decoded.</summary>
    public IReadOnlyList<MailHeader> Headers { get; init; } = [];

    /// <summary>
    /// The message text: the text/plain part (preferred in multipart/alternative), or the HTML part turned
    /// into readable text when there is no plain one; line ends are LF.
    /// </summary>
    public string TextBody { get; init; } = string.Empty;

    /// <summary>The HTML part, decoded, or <see langword="null"/> when there is none.</summary>
    public string? HtmlBody { get; init; }

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    /// <summary>Whether the message was sent by a machine (auto-reply, list, bounce) and must not be answered automatically.</summary>
    public bool IsAutomated { get; init; }

    /// <summary>Why <see cref="IsAutomated"/> is set, such as <c>auto-submitted</c> or <c>list-id</c>; otherwise <see langword="null"/>.</summary>
    public string? AutomatedReason { get; init; }

    /// <summary>Whether the message is a delivery failure report.</summary>
    public bool IsBounce { get; init; }

    /// <summary>For a bounce, what it says about the undelivered message; otherwise <see langword="null"/>.</summary>
    public BounceReport? Bounce { get; init; }

    /// <summary>The decoded value of the first field with this name (case-insensitive), or <see langword="null"/>.</summary>
    public string? Header(string name) => MailHeaders.First(Headers, name)?.Value;

    /// <summary>The decoded values of every field with this name (case-insensitive), in order.</summary>
    public IReadOnlyList<string> HeaderValues(string name) => MailHeaders.All(Headers, name);
}
