using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Statistics.Model;

/// <summary>
/// A figure from before Anshin kept the cases: the consultations of a year (<see cref="Quarter"/> 0) or of one quarter,
/// in total (<see cref="MethodCode"/> "") or for one 手口. Imported from CSV. A period with imported figures shows those
/// and never adds live counts to them, so nothing is counted twice.
/// </summary>
public sealed class HistoricalCount
{
    public int Id { get; set; }

    public int Year { get; set; }

    /// <summary>1–4, or 0 for the whole calendar year.</summary>
    public int Quarter { get; set; }

    /// <summary>The <see cref="Desk.Model.Method.Code"/>, or "" for all consultations.</summary>
    public string MethodCode { get; set; } = "";

    public int Count { get; set; }

    /// <summary>Where the figure comes from (shown as a footnote).</summary>
    public string Source { get; set; } = "";
}

internal sealed class HistoricalCountConfiguration : IEntityTypeConfiguration<HistoricalCount>
{
    public void Configure(EntityTypeBuilder<HistoricalCount> builder)
    {
        builder.ToTable("HistoricalCounts");
        builder.HasIndex(c => new { c.Year, c.Quarter, c.MethodCode }).IsUnique();
        builder.Property(c => c.MethodCode).HasMaxLength(50);
        builder.Property(c => c.Source).HasMaxLength(200);
    }
}
