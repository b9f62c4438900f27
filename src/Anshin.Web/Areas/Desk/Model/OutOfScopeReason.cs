using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Desk.Model;

/// <summary>A reason the desk does not handle a consultation (legal interpretation, contracts, …), kept by admins.</summary>
public sealed class OutOfScopeReason
{
    public int Id { get; set; }

    public string NameJa { get; set; } = "";

    public string NameEn { get; set; } = "";

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    public string Name(bool japanese) => japanese || NameEn.Length == 0 ? NameJa : NameEn;
}

internal sealed class OutOfScopeReasonConfiguration : IEntityTypeConfiguration<OutOfScopeReason>
{
    public void Configure(EntityTypeBuilder<OutOfScopeReason> builder)
    {
        builder.ToTable("OutOfScopeReasons");
        builder.Property(r => r.NameJa).HasMaxLength(200);
        builder.Property(r => r.NameEn).HasMaxLength(200);
    }
}
