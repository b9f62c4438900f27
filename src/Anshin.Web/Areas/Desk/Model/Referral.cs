using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Desk.Model;

/// <summary>A 紹介先: another desk the consulter can be sent to, from the directory admins maintain.</summary>
public sealed class Referral
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Url { get; set; } = "";

    public string Hours { get; set; } = "";

    /// <summary>What the desk handles, in a sentence; shown to staff and put into the reply.</summary>
    public string Topics { get; set; } = "";

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("Referrals");
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Phone).HasMaxLength(50);
        builder.Property(r => r.Url).HasMaxLength(500);
        builder.Property(r => r.Hours).HasMaxLength(200);
        builder.Property(r => r.Topics).HasMaxLength(1_000);
    }
}
