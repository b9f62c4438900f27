using Anshin.Core.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Statistics.Model;

/// <summary>
/// A scam indicator found in a case's text (a number to call, a domain, an e-money demand …), normalised so that cases
/// naming the same one cluster. <see cref="ReceivedAt"/> is the case's, so a wave is dated by when people reported it.
/// </summary>
public sealed class CaseIndicator
{
    public long ConsultationId { get; set; }

    public IndicatorKind Kind { get; set; }

    public string Value { get; set; } = "";

    /// <summary>How staff see it: links and domains defanged, numbers with hyphens.</summary>
    public string Display { get; set; } = "";

    public DateTime ReceivedAt { get; set; }
}

/// <summary>How far <see cref="Services.IndicatorScanner"/> has read each source (the highest id scanned).</summary>
public sealed class IndicatorWatermark
{
    public string Source { get; set; } = "";

    public long LastId { get; set; }
}

internal sealed class CaseIndicatorConfiguration : IEntityTypeConfiguration<CaseIndicator>
{
    public void Configure(EntityTypeBuilder<CaseIndicator> builder)
    {
        builder.ToTable("CaseIndicators");
        builder.HasKey(i => new { i.ConsultationId, i.Kind, i.Value });
        builder.Property(i => i.Value).HasMaxLength(IndicatorExtractor.MaxValueLength);
        builder.Property(i => i.Display).HasMaxLength(300);
        builder.HasIndex(i => new { i.Kind, i.Value, i.ReceivedAt });
        builder.HasIndex(i => i.ReceivedAt);
        builder.HasOne<Desk.Model.Consultation>().WithMany().HasForeignKey(i => i.ConsultationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorWatermarkConfiguration : IEntityTypeConfiguration<IndicatorWatermark>
{
    public void Configure(EntityTypeBuilder<IndicatorWatermark> builder)
    {
        builder.ToTable("IndicatorWatermarks");
        builder.HasKey(w => w.Source);
        builder.Property(w => w.Source).HasMaxLength(20);
    }
}
