using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.SelfCheck.Model;

/// <summary>
/// How many organisations of one peer group (question-set version, industry, size band) have <see cref="Score"/> as
/// the score of their latest result. The group's size, average and percentiles come from these rows alone.
/// </summary>
public sealed class PeerScoreCount
{
    public string Version { get; set; } = "";

    public string Industry { get; set; } = "";

    public int SizeBand { get; set; }

    public int Score { get; set; }

    public int Results { get; set; }
}

/// <summary>How many organisations of one peer group answered "done" to <see cref="Question"/> in their latest result.</summary>
public sealed class PeerDoneCount
{
    public string Version { get; set; } = "";

    public string Industry { get; set; } = "";

    public int SizeBand { get; set; }

    public int Question { get; set; }

    public int Done { get; set; }
}

internal sealed class PeerScoreCountConfiguration : IEntityTypeConfiguration<PeerScoreCount>
{
    public void Configure(EntityTypeBuilder<PeerScoreCount> builder)
    {
        builder.ToTable("PeerScoreCounts");
        builder.HasKey(c => new { c.Version, c.Industry, c.SizeBand, c.Score });
        builder.Property(c => c.Version).HasMaxLength(16);
        builder.Property(c => c.Industry).HasMaxLength(1);
    }
}

internal sealed class PeerDoneCountConfiguration : IEntityTypeConfiguration<PeerDoneCount>
{
    public void Configure(EntityTypeBuilder<PeerDoneCount> builder)
    {
        builder.ToTable("PeerDoneCounts");
        builder.HasKey(c => new { c.Version, c.Industry, c.SizeBand, c.Question });
        builder.Property(c => c.Version).HasMaxLength(16);
        builder.Property(c => c.Industry).HasMaxLength(1);
    }
}
