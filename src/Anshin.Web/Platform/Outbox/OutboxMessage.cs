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

    /// <summary>The case the message belongs to, for threading and for the case page.</summary>
    public long? ConsultationId { get; set; }

    /// <summary>The thread entry the message carries (a reply), if any.</summary>
    public long? ConsultationMessageId { get; set; }

    public OutboxState State { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }
}

/// <summary>Delivery state of an outbox message.</summary>
public enum OutboxState
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
    Cancelled = 3,
}

/// <summary>Kinds of outgoing e-mail.</summary>
public static class OutboxKinds
{
    public const string Acknowledgement = "desk.ack";
    public const string Reply = "desk.reply";
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasIndex(m => new { m.State, m.NextAttemptAt });
        builder.HasIndex(m => m.ConsultationId);
        builder.Property(m => m.Kind).HasMaxLength(40);
        builder.Property(m => m.ToAddress).HasMaxLength(254);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Body).HasMaxLength(100_000);
        builder.Property(m => m.LastError).HasMaxLength(2_000);
    }
}
