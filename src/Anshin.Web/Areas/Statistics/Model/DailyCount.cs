using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Statistics.Model;

/// <summary>
/// How many counted consultations received on <see cref="Day"/> have <see cref="Key"/> in <see cref="Dimension"/>.
/// Kept up to date by folding <see cref="CountDelta"/>s in; rebuilt from the cases by <c>rebuild-statistics</c>.
/// </summary>
public sealed class DailyCount
{
    public StatisticsDimension Dimension { get; set; }

    public DateOnly Day { get; set; }

    public string Key { get; set; } = "";

    public int Count { get; set; }
}

/// <summary>
/// One change to a <see cref="DailyCount"/>, written in the same transaction as the case change that caused it.
/// Appending never contends; <see cref="Services.CountFolder"/> adds them into the daily counts and deletes them.
/// </summary>
public sealed class CountDelta
{
    public long Id { get; set; }

    public StatisticsDimension Dimension { get; set; }

    public DateOnly Day { get; set; }

    public string Key { get; set; } = "";

    public int Change { get; set; }
}

internal sealed class DailyCountConfiguration : IEntityTypeConfiguration<DailyCount>
{
    public void Configure(EntityTypeBuilder<DailyCount> builder)
    {
        builder.ToTable("DailyCounts");
        builder.HasKey(c => new { c.Dimension, c.Day, c.Key });
        builder.Property(c => c.Key).HasMaxLength(64);
    }
}

internal sealed class CountDeltaConfiguration : IEntityTypeConfiguration<CountDelta>
{
    public void Configure(EntityTypeBuilder<CountDelta> builder)
    {
        builder.ToTable("CountDeltas");
        builder.Property(c => c.Key).HasMaxLength(64);
    }
}
