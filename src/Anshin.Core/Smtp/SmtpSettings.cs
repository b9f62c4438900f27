namespace Anshin.Core.Smtp;

/// <summary>Where and how to hand mail to the relay.</summary>
public sealed record SmtpSettings
{
    public required string Host { get; init; }

    public int Port { get; init; } = 25;

    public TlsMode Tls { get; init; } = TlsMode.Opportunistic;

    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>The name this client gives in EHLO.</summary>
    public string ClientName { get; init; } = "localhost";

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>Whether to use STARTTLS.</summary>
public enum TlsMode
{
    /// <summary>Plain text only (a relay on the loopback interface).</summary>
    None = 0,

    /// <summary>STARTTLS when the relay offers it.</summary>
    Opportunistic = 1,

    /// <summary>STARTTLS or nothing: a relay that does not offer it is an error.</summary>
    Required = 2,
}

/// <summary>The relay refused or could not be reached; <see cref="IsPermanent"/> is true for 5xx answers.</summary>
public sealed class SmtpException(string message, int code = 0, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The SMTP reply code, or 0 when the connection failed.</summary>
    public int Code { get; } = code;

    public bool IsPermanent => Code is >= 500 and < 600;
}
