namespace Anshin.Core.Redaction;

/// <summary>What a piece of text that would identify a consulter is.</summary>
public enum RedactionKind
{
    /// <summary>An e-mail address, ASCII or full-width.</summary>
    Email,

    /// <summary>A Japanese telephone number, domestic or in +81 form.</summary>
    Phone,

    /// <summary>A seven-digit postal code (郵便番号).</summary>
    PostalCode,

    /// <summary>A street address from the municipality down, with or without the prefecture.</summary>
    Address,

    /// <summary>A URL whose path, query or user part carries something that could identify a person.</summary>
    Url,

    /// <summary>An IPv4 or IPv6 address.</summary>
    IpAddress,

    /// <summary>A payment card number that passes the Luhn check.</summary>
    CardNumber,

    /// <summary>A seven-digit bank account number named as such (口座番号, 普通, 当座).</summary>
    AccountNumber,

    /// <summary>The consulter's own name, or another value from the case that is neither e-mail nor phone.</summary>
    KnownName,
}
