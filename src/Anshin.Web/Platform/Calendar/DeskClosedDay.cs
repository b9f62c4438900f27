using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Platform.Calendar;

/// <summary>A day the desk is closed beyond weekends, national holidays and the year-end closure.</summary>
public sealed class DeskClosedDay
{
    public int Id { get; set; }

    public DateOnly Date { get; set; }

    public string Reason { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

internal sealed class DeskClosedDayConfiguration : IEntityTypeConfiguration<DeskClosedDay>
{
    public void Configure(EntityTypeBuilder<DeskClosedDay> builder)
    {
        builder.ToTable("DeskClosedDays");
        builder.HasIndex(d => d.Date).IsUnique();
        builder.Property(d => d.Reason).HasMaxLength(200);
    }
}
