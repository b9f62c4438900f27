using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Desk.Model;

/// <summary>
/// An address a consultant has confirmed belongs to the case's consulter (a second mailbox, a work address): mail from
/// it threads into the case like mail from the consulter's own address. Nobody else's mail ever does.
/// </summary>
public sealed class ConfirmedAddress
{
    public long ConsultationId { get; set; }

    /// <summary>Lower case.</summary>
    public string Address { get; set; } = "";

    public DateTime ConfirmedAt { get; set; }

    public string ConfirmedByName { get; set; } = "";
}

internal sealed class ConfirmedAddressConfiguration : IEntityTypeConfiguration<ConfirmedAddress>
{
    public void Configure(EntityTypeBuilder<ConfirmedAddress> builder)
    {
        builder.ToTable("ConfirmedAddresses");
        builder.HasKey(a => new { a.ConsultationId, a.Address });
        builder.Property(a => a.Address).HasMaxLength(254);
        builder.Property(a => a.ConfirmedByName).HasMaxLength(256);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(a => a.ConsultationId).OnDelete(DeleteBehavior.Cascade);
    }
}
