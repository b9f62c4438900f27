using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Knowledge.Model;

/// <summary>One saved state of an article's text, kept for comparison and restore; never changed afterwards.</summary>
public sealed class ArticleVersion
{
    public long Id { get; set; }

    public int ArticleId { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string BodyMarkdown { get; set; } = "";

    public DateTime SavedAt { get; set; }

    public string SavedBy { get; set; } = "";

    /// <summary>What the writer said about the change, or how the version came about (a restore).</summary>
    public string Note { get; set; } = "";
}

internal sealed class ArticleVersionConfiguration : IEntityTypeConfiguration<ArticleVersion>
{
    public void Configure(EntityTypeBuilder<ArticleVersion> builder)
    {
        builder.ToTable("ArticleVersions");
        builder.HasIndex(v => new { v.ArticleId, v.Number }).IsUnique();
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Summary).HasMaxLength(500);
        builder.Property(v => v.SavedBy).HasMaxLength(256);
        builder.Property(v => v.Note).HasMaxLength(500);
        builder.HasOne<Article>().WithMany().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
