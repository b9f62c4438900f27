using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Otasuketai.Model;

/// <summary>
/// One version of the お助け隊 standard's rules (<see cref="Core.Otasuketai.StandardRules"/> as JSON). Versions are
/// only added, never changed: the newest is the one applications are checked against, and an application keeps the
/// version of its last check.
/// </summary>
public sealed class StandardVersion
{
    public int Id { get; set; }

    public string Version { get; set; } = "";

    public string Rules { get; set; } = "";

    /// <summary>What changed and why, for the reviewers and the providers.</summary>
    public string Note { get; set; } = "";

    public string? CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class StandardVersionConfiguration : IEntityTypeConfiguration<StandardVersion>
{
    public void Configure(EntityTypeBuilder<StandardVersion> builder)
    {
        builder.ToTable("OtasuketaiStandardVersions");
        builder.HasIndex(v => v.Version).IsUnique();
        builder.Property(v => v.Version).HasMaxLength(20);
        builder.Property(v => v.Note).HasMaxLength(2000);
        builder.Property(v => v.CreatedBy).HasMaxLength(450);
    }
}
