using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Desk.Model;

/// <summary>One entry of a case's thread: a message from the consulter, a reply, an internal note or a phone call.</summary>
public sealed class ConsultationMessage
{
    public long Id { get; set; }

    public long ConsultationId { get; set; }

    public MessageKind Kind { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? AuthorId { get; set; }

    public string AuthorName { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>For outbound replies: sent, or waiting for a supervisor.</summary>
    public ReplyState? ReplyState { get; set; }

    public string? ReviewedById { get; set; }

    public string? ReviewComment { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>For a reply: the status the case takes when it is sent (answered, closed, out of scope).</summary>
    public CaseStatus? StatusOnSend { get; set; }

    /// <summary>For an out-of-scope reply: why, and where the consulter was sent.</summary>
    public int? OutOfScopeReasonId { get; set; }

    public int? ReferralId { get; set; }

    // Phone calls: the 30-minute guideline is measured between these.
    public DateTime? CallStartedAt { get; set; }

    public DateTime? CallEndedAt { get; set; }

    // Messages that came by e-mail.

    /// <summary>The Message-ID (without brackets): replies thread by it, and answers carry it in In-Reply-To.</summary>
    public string? MailMessageId { get; set; }

    /// <summary>The thread's earlier Message-IDs as the sender gave them, space-separated.</summary>
    public string? MailReferences { get; set; }

    /// <summary>The address it came from.</summary>
    public string? FromAddress { get; set; }

    /// <summary>The stored raw message it was read from.</summary>
    public long? InboundMailId { get; set; }
}

internal sealed class ConsultationMessageConfiguration : IEntityTypeConfiguration<ConsultationMessage>
{
    public void Configure(EntityTypeBuilder<ConsultationMessage> builder)
    {
        builder.ToTable("ConsultationMessages");
        builder.HasIndex(m => new { m.ConsultationId, m.CreatedAt });
        builder.HasIndex(m => m.ReplyState);
        builder.Property(m => m.AuthorId).HasMaxLength(450);
        builder.Property(m => m.AuthorName).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(200);
        builder.Property(m => m.Body).HasMaxLength(50_000);
        builder.Property(m => m.ReviewedById).HasMaxLength(450);
        builder.Property(m => m.ReviewComment).HasMaxLength(2_000);
        builder.Property(m => m.MailMessageId).HasMaxLength(250);
        builder.Property(m => m.MailReferences).HasMaxLength(2_000);
        builder.Property(m => m.FromAddress).HasMaxLength(254);
        builder.HasIndex(m => m.MailMessageId);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(m => m.ConsultationId).OnDelete(DeleteBehavior.Cascade);
    }
}
