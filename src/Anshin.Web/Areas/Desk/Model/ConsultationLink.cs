using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Desk.Model;

/// <summary>A staff-made link between two related cases (stored once, shown on both).</summary>
public sealed class ConsultationLink
{
    public long ConsultationId { get; set; }

    public long RelatedId { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class ConsultationLinkConfiguration : IEntityTypeConfiguration<ConsultationLink>
{
    public void Configure(EntityTypeBuilder<ConsultationLink> builder)
    {
        builder.ToTable("ConsultationLinks");
        builder.HasKey(l => new { l.ConsultationId, l.RelatedId });
        builder.HasIndex(l => l.RelatedId);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(l => l.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(l => l.RelatedId).OnDelete(DeleteBehavior.Cascade);
    }
}
