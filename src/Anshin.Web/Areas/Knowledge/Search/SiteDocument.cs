using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Knowledge.Search;

/// <summary>What a public search result points at. Stored as numbers; never renumber.</summary>
public enum SiteDocumentKind
{
    Article = 0,
    Navigator = 1,
}

/// <summary>
/// A public page as the site search knows it: where it is, its title, and its text without markup (for snippets).
/// Written when the page is published, removed when it is withdrawn; its words are in the database's full-text index.
/// </summary>
public sealed class SiteDocument
{
    public int Id { get; set; }

    public SiteDocumentKind Kind { get; set; }

    public string Language { get; set; } = "ja";

    /// <summary>The article's slug or the navigator node's key.</summary>
    public string Key { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>From when the page is public (a scheduled article is indexed but not found before then).</summary>
    public DateTime PublishAt { get; set; }

    /// <summary>The article type or, for navigator pages, -1.</summary>
    public int Type { get; set; }

    public string Url => Kind == SiteDocumentKind.Article ? $"/articles/{Key}?lang={Language}" : $"/navigator/{Key}?lang={Language}";
}

internal sealed class SiteDocumentConfiguration : IEntityTypeConfiguration<SiteDocument>
{
    public void Configure(EntityTypeBuilder<SiteDocument> builder)
    {
        builder.ToTable("SearchDocuments");
        builder.HasIndex(d => new { d.Kind, d.Language, d.Key }).IsUnique();
        builder.Property(d => d.Language).HasMaxLength(5);
        builder.Property(d => d.Key).HasMaxLength(100);
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.Summary).HasMaxLength(500);
        builder.Ignore(d => d.Url);
    }
}
