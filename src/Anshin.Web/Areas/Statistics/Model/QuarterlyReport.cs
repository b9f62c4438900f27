using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Statistics.Model;

/// <summary>Where a quarterly report stands. Stored as numbers; never renumber.</summary>
public enum ReportState
{
    Draft = 0,
    Published = 1,
    Withdrawn = 2,
}

/// <summary>
/// The quarterly report: figures drawn from the counts when the draft was made (kept, so a published report never changes
/// under its readers), an analyst's commentary in Markdown (Japanese, and English for the English page), published by a
/// supervisor as a web page and a PDF.
/// </summary>
public sealed class QuarterlyReport
{
    public int Id { get; set; }

    public int Year { get; set; }

    public int Quarter { get; set; }

    public ReportState State { get; set; }

    /// <summary>The <see cref="Services.ReportFigures"/> as JSON.</summary>
    public string FiguresJson { get; set; } = "";

    public DateTime FiguresAt { get; set; }

    public string CommentaryJa { get; set; } = "";

    public string CommentaryEn { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public DateTime? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>Raised by every save; a save made from an older version is refused.</summary>
    public int Version { get; set; }

    /// <summary>The address part of the public page: <c>2026-q3</c>.</summary>
    public string Slug => $"{Year}-q{Quarter}";
}

/// <summary>A published report's PDF in one language, rendered by headless Chromium from the report's HTML.</summary>
public sealed class ReportPdf
{
    public int ReportId { get; set; }

    public string Language { get; set; } = "ja";

    public byte[] Content { get; set; } = [];

    public DateTime RenderedAt { get; set; }
}

internal sealed class QuarterlyReportConfiguration : IEntityTypeConfiguration<QuarterlyReport>
{
    public void Configure(EntityTypeBuilder<QuarterlyReport> builder)
    {
        builder.ToTable("QuarterlyReports");
        builder.HasIndex(r => new { r.Year, r.Quarter }).IsUnique();
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
        builder.Property(r => r.PublishedBy).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Slug);
    }
}

internal sealed class ReportPdfConfiguration : IEntityTypeConfiguration<ReportPdf>
{
    public void Configure(EntityTypeBuilder<ReportPdf> builder)
    {
        builder.ToTable("ReportPdfs");
        builder.HasKey(p => new { p.ReportId, p.Language });
        builder.Property(p => p.Language).HasMaxLength(5);
        builder.HasOne<QuarterlyReport>().WithMany().HasForeignKey(p => p.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
