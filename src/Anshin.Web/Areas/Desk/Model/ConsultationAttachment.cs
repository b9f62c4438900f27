using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Desk.Model;

/// <summary>A file sent with a consultation; the bytes live in the attachment store outside the web root.</summary>
public sealed class ConsultationAttachment
{
    public long Id { get; set; }

    public long ConsultationId { get; set; }

    public long? MessageId { get; set; }

    /// <summary>The name the sender gave, cleaned; only ever shown, never used as a path.</summary>
    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>The store's key (a random name), never derived from user input.</summary>
    public string StorageKey { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>When retention deleted the file.</summary>
    public DateTime? DeletedAt { get; set; }
}

internal sealed class ConsultationAttachmentConfiguration : IEntityTypeConfiguration<ConsultationAttachment>
{
    public void Configure(EntityTypeBuilder<ConsultationAttachment> builder)
    {
        builder.ToTable("ConsultationAttachments");
        builder.HasIndex(a => a.ConsultationId);
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.StorageKey).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(a => a.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ConsultationMessage>().WithMany().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.SetNull);
    }
}
