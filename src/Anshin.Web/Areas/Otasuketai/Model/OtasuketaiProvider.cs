using Anshin.Web.Areas.SelfCheck.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Otasuketai.Model;

/// <summary>
/// A firm offering お助け隊 services. It signs in with the organisation account of the SME programmes (the address
/// confirmed by e-mail) and adds what the registry needs: its corporate number, checked as for declarations, and how
/// users reach it.
/// </summary>
public sealed class OtasuketaiProvider
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public string Name { get; set; } = "";

    public string? NameEn { get; set; }

    /// <summary>13 digits, check digit verified.</summary>
    public string CorporateNumber { get; set; } = "";

    public int Prefecture { get; set; }

    public string Address { get; set; } = "";

    public string Website { get; set; } = "";

    public string ContactName { get; set; } = "";

    public string Phone { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class OtasuketaiProviderConfiguration : IEntityTypeConfiguration<OtasuketaiProvider>
{
    public void Configure(EntityTypeBuilder<OtasuketaiProvider> builder)
    {
        builder.ToTable("OtasuketaiProviders");
        builder.HasIndex(p => p.OrganisationId).IsUnique();
        builder.HasIndex(p => p.CorporateNumber).IsUnique();
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.NameEn).HasMaxLength(200);
        builder.Property(p => p.CorporateNumber).HasMaxLength(13);
        builder.Property(p => p.Address).HasMaxLength(300);
        builder.Property(p => p.Website).HasMaxLength(500);
        builder.Property(p => p.ContactName).HasMaxLength(100);
        builder.Property(p => p.Phone).HasMaxLength(30);
    }
}
