namespace Anshin.Core.Mail;

/// <summary>One header field of a message, in the order it was sent.</summary>
/// <param name="Name">The field name as sent, such as <c>Subject</c>.</param>
/// <param name="Value">The unfolded value with RFC 2047 encoded words decoded.</param>
public sealed record MailHeader(string Name, string Value)
{
    /// <summary>
    /// The unfolded value before RFC 2047 decoding (undeclared 8-bit text is already decoded); structured
    /// fields such as address lists must be read from this, because decoding can introduce their delimiters.
    /// </summary>
    public string RawValue { get; init; } = Value;
}
