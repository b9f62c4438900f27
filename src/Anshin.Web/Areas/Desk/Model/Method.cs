using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Desk.Model;

/// <summary>A 手口 (method of attack or fraud): the case category taxonomy, multi-level, edited by admins.</summary>
public sealed class Method
{
    public int Id { get; set; }

    public int? ParentId { get; set; }

    /// <summary>A stable code for statistics and the API (e.g. <c>fake-warning</c>).</summary>
    public string Code { get; set; } = "";

    public string NameJa { get; set; } = "";

    public string NameEn { get; set; } = "";

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    public string Name(bool japanese) => japanese || NameEn.Length == 0 ? NameJa : NameEn;
}

internal sealed class MethodConfiguration : IEntityTypeConfiguration<Method>
{
    public void Configure(EntityTypeBuilder<Method> builder)
    {
        builder.ToTable("Methods");
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.Code).HasMaxLength(50);
        builder.Property(m => m.NameJa).HasMaxLength(100);
        builder.Property(m => m.NameEn).HasMaxLength(100);
        builder.HasOne<Method>().WithMany().HasForeignKey(m => m.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
