namespace Anshin.Core.Mail;

/// <summary>A mailbox from an address field: the decoded display name and the address itself.</summary>
/// <param name="DisplayName">The decoded display name, or an empty string when the sender gave none.</param>
/// <param name="Address">
/// The address as <c>local@domain</c>, with the domain in lower case and the local part as sent (local parts
/// may be case-sensitive). A mailbox without a domain, such as a bare <c>MAILER-DAEMON</c>, has no <c>@</c>.
/// </param>
public sealed record MailAddress(string DisplayName, string Address)
{
    /// <summary>The part of the address before the last <c>@</c>, or the whole address when it has none.</summary>
    public string LocalPart => Address.LastIndexOf('@') is var at and >= 0 ? Address[..at] : Address;

    /// <summary>The lower-case domain, or an empty string when the address has none.</summary>
    public string Domain => Address.LastIndexOf('@') is var at and >= 0 ? Address[(at + 1)..] : string.Empty;

    /// <summary>The mailbox as <c>Name &lt;address&gt;</c>, or the address alone when there is no name.</summary>
    public override string ToString() => DisplayName.Length == 0 ? Address : $"{DisplayName} <{Address}>";
}
