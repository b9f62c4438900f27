using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Platform.Security;

/// <summary>A fixed-window request counter kept in the database, so that every instance counts against one limit.</summary>
public sealed class RateLimitWindow
{
    public string Key { get; set; } = "";

    public long WindowStart { get; set; }

    public int Count { get; set; }
}

internal sealed class RateLimitWindowConfiguration : IEntityTypeConfiguration<RateLimitWindow>
{
    public void Configure(EntityTypeBuilder<RateLimitWindow> builder)
    {
        builder.ToTable("RateLimitWindows");
        builder.HasKey(w => new { w.Key, w.WindowStart });
        builder.Property(w => w.Key).HasMaxLength(200);
        builder.HasIndex(w => w.WindowStart);
    }
}
