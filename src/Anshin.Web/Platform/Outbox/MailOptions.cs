using System.ComponentModel.DataAnnotations;
using Anshin.Core.Smtp;

namespace Anshin.Web.Platform.Outbox;

/// <summary>Outgoing mail: the relay and this installation's identity. Bound from the <c>Mail</c> section.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>Envelope sender, and the From address when the desk profile has no e-mail address.</summary>
    [Required, EmailAddress]
    public string FromAddress { get; set; } = "desk@anshin.localhost";

    /// <summary>The right-hand side of our Message-IDs; by default the domain of <see cref="FromAddress"/>.</summary>
    [RegularExpression(@"^[A-Za-z0-9.-]*$")]
    public string MessageIdDomain { get; set; } = "";

    /// <summary>Other addresses that are ours (aliases, the mailgate's address): mail from them is never acknowledged.</summary>
    public List<string> OwnAddresses { get; set; } = [];

    public RelayOptions Relay { get; set; } = new();

    /// <summary>Attempts before a message is given up and shown to administrators as failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait after the first failure; doubles with each attempt up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often the sender looks for due messages.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a sender holds the messages it took; another instance resends them only after this.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    public string IdDomain => MessageIdDomain is { Length: > 0 } d ? d : FromAddress[(FromAddress.IndexOf('@', StringComparison.Ordinal) + 1)..];
}

/// <summary>The SMTP relay the outbox hands mail to. With no host, delivery is off and messages wait in the outbox.</summary>
public sealed class RelayOptions
{
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public TlsMode Tls { get; set; } = TlsMode.Opportunistic;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => Host.Length > 0;
}
