using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Desk.Model;

/// <summary>A free tag a consultant puts on a case (e.g. a campaign name or a product).</summary>
public sealed class ConsultationTag
{
    public long ConsultationId { get; set; }

    public string Name { get; set; } = "";
}

internal sealed class ConsultationTagConfiguration : IEntityTypeConfiguration<ConsultationTag>
{
    public void Configure(EntityTypeBuilder<ConsultationTag> builder)
    {
        builder.ToTable("ConsultationTags");
        builder.HasKey(t => new { t.ConsultationId, t.Name });
        builder.HasIndex(t => t.Name);
        builder.Property(t => t.Name).HasMaxLength(50);
    }
}
