using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Desk.Model;

/// <summary>
/// One message the mailgate delivered, kept with its raw bytes whatever became of it: a new case, a message in an
/// existing one, a bounce, or a duplicate of an earlier delivery. The administrators' mail log lists these.
/// </summary>
public sealed class InboundMail
{
    public long Id { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>Message-ID without brackets; unique, so a message Postfix delivers twice is stored once.</summary>
    public string? MessageIdHeader { get; set; }

    public string FromAddress { get; set; } = "";

    public string Subject { get; set; } = "";

    public long Size { get; set; }

    /// <summary>Key of the raw message in the attachment store.</summary>
    public string RawStorageKey { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public InboundOutcome Outcome { get; set; }

    public long? ConsultationId { get; set; }

    /// <summary>Why no acknowledgement went out (auto-reply, list, rate limit…), or what was repaired while reading it.</summary>
    public string Detail { get; set; } = "";
}

/// <summary>What became of an inbound message. Stored as numbers; never renumber.</summary>
public enum InboundOutcome
{
    NewCase = 0,
    Threaded = 1,

    /// <summary>It named an existing case but came from someone else: a new case, linked and flagged.</summary>
    NewCaseFromStranger = 2,

    /// <summary>A delivery report for one of our messages, recorded on that outbox row and case.</summary>
    Bounce = 3,

    /// <summary>A delivery report that matches nothing we sent.</summary>
    UnmatchedBounce = 4,

    /// <summary>Could not be read: a case flagged for a person to open the raw file.</summary>
    Unparsed = 5,
}

internal sealed class InboundMailConfiguration : IEntityTypeConfiguration<InboundMail>
{
    public void Configure(EntityTypeBuilder<InboundMail> builder)
    {
        builder.ToTable("InboundMails");
        builder.HasIndex(m => m.MessageIdHeader).IsUnique();
        builder.HasIndex(m => m.ReceivedAt);
        builder.HasIndex(m => m.ConsultationId);
        builder.Property(m => m.MessageIdHeader).HasMaxLength(250);
        builder.Property(m => m.FromAddress).HasMaxLength(254);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.RawStorageKey).HasMaxLength(100);
        builder.Property(m => m.Sha256).HasMaxLength(64);
        builder.Property(m => m.Detail).HasMaxLength(500);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(m => m.ConsultationId).OnDelete(DeleteBehavior.SetNull);
    }
}
