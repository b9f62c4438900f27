using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Platform.Outbox;

/// <summary>
/// An e-mail waiting to be delivered. Written in the same transaction as the change that causes it, so an
/// acknowledgement or a reply exists exactly when the case says it was sent; a delivery worker sends it later.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>What the message is (<see cref="OutboxKinds"/>), for delivery rules and statistics.</summary>
    public string Kind { get; set; } = "";

    public string ToAddress { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>The recipient's language (<c>ja</c> or <c>en</c>), for the sender's display name.</summary>
    public string Language { get; set; } = "ja";

    /// <summary>The case the message belongs to, for threading and for the case page.</summary>
    public long? ConsultationId { get; set; }

    /// <summary>The thread entry the message carries (a reply), if any.</summary>
    public long? ConsultationMessageId { get; set; }

    public OutboxState State { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>The Message-ID (without brackets), fixed when the row is written: a resend after a crash carries the same id.</summary>
    public string MessageIdHeader { get; set; } = "";

    /// <summary>The consulter's message this one answers, for In-Reply-To.</summary>
    public string? InReplyTo { get; set; }

    /// <summary>The thread's earlier Message-IDs, space-separated, for References.</summary>
    public string? References { get; set; }

    /// <summary>A sender holds the row until then; another instance takes it over only after a crash.</summary>
    public DateTime? LockedUntil { get; set; }

    /// <summary>The one-click unsubscribe address of a mail-news message (RFC 8058), or null.</summary>
    public string? ListUnsubscribe { get; set; }

    /// <summary>When a bounce for this message came back (the state is then <see cref="OutboxState.Bounced"/>).</summary>
    public DateTime? BouncedAt { get; set; }
}

/// <summary>Delivery state of an outbox message.</summary>
public enum OutboxState
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
    Cancelled = 3,

    /// <summary>Accepted by the relay, then returned as undeliverable (the bounce is matched by Message-ID).</summary>
    Bounced = 4,
}

/// <summary>Kinds of outgoing e-mail.</summary>
public static class OutboxKinds
{
    public const string Acknowledgement = "desk.ack";
    public const string Reply = "desk.reply";

    /// <summary>Acknowledgement of a consultation that arrived by e-mail: asks for the details the desk needs.</summary>
    public const string MailAcknowledgement = "desk.mail-ack";

    /// <summary>The link that confirms a mail-news subscription (double opt-in).</summary>
    public const string NewsConfirmation = "news.confirm";

    /// <summary>A digest of new alerts, to one subscriber.</summary>
    public const string NewsDigest = "news.digest";

    /// <summary>A sign-in link, or the link that confirms an organisation account's address (SME programmes).</summary>
    public const string OrganisationLink = "sme.link";

    /// <summary>The link that confirms a SECURITY ACTION contact address before the declaration is made.</summary>
    public const string DeclarationConfirmation = "sa.confirm";

    /// <summary>A declaration's ID and what changed (made, changed, withdrawn, suspended).</summary>
    public const string DeclarationNotice = "sa.notice";

    /// <summary>A step of an お助け隊 service application, to the provider (submitted, returned, registered, suspended…).</summary>
    public const string OtasuketaiNotice = "ot.notice";
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasIndex(m => new { m.State, m.NextAttemptAt });
        builder.HasIndex(m => m.ConsultationId);
        builder.HasIndex(m => m.MessageIdHeader).IsUnique();
        builder.HasIndex(m => new { m.ToAddress, m.CreatedAt });
        builder.Property(m => m.Kind).HasMaxLength(40);
        builder.Property(m => m.ToAddress).HasMaxLength(254);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Body).HasMaxLength(100_000);
        builder.Property(m => m.LastError).HasMaxLength(2_000);
        builder.Property(m => m.MessageIdHeader).HasMaxLength(250);
        builder.Property(m => m.Language).HasMaxLength(5);
        builder.Property(m => m.InReplyTo).HasMaxLength(250);
        builder.Property(m => m.References).HasMaxLength(2_000);
        builder.Property(m => m.ListUnsubscribe).HasMaxLength(500);
    }
}
