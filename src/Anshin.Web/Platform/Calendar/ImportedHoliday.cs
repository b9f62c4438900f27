using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Platform.Calendar;

/// <summary>A national holiday from an official CSV imported after release; it replaces built-in data for its year.</summary>
public sealed class ImportedHoliday
{
    public int Id { get; set; }

    public DateOnly Date { get; set; }

    public string Name { get; set; } = "";

    public DateTime ImportedAt { get; set; }
}

internal sealed class ImportedHolidayConfiguration : IEntityTypeConfiguration<ImportedHoliday>
{
    public void Configure(EntityTypeBuilder<ImportedHoliday> builder)
    {
        builder.ToTable("ImportedHolidays");
        builder.HasIndex(h => h.Date).IsUnique();
        builder.Property(h => h.Name).HasMaxLength(100);
    }
}
