using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Platform.Jobs;

/// <summary>Who runs a scheduled job now: one row per job, taken with a conditional update so one instance wins.</summary>
public sealed class JobLease
{
    public string Name { get; set; } = "";

    public string? Holder { get; set; }

    public DateTime LeasedUntil { get; set; }

    public DateTime? LastCompletedAt { get; set; }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}
