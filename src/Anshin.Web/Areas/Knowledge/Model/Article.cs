using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Knowledge.Model;

/// <summary>
/// A page of the self-help site written by staff in Markdown: what it is (<see cref="ArticleType"/>), its language, the
/// current text and its rendered HTML (made when saved, see ADR 0009), and whether and from when the public sees it.
/// Every save is also an <see cref="ArticleVersion"/>.
/// </summary>
public sealed class Article
{
    public int Id { get; set; }

    /// <summary>The last part of the public address (<c>/articles/{slug}</c>): lower-case letters, digits and hyphens.</summary>
    public string Slug { get; set; } = "";

    /// <summary><c>ja</c> or <c>en</c>.</summary>
    public string Language { get; set; } = "ja";

    public ArticleType Type { get; set; }

    public string Title { get; set; } = "";

    /// <summary>One or two sentences for lists, feeds and search results.</summary>
    public string Summary { get; set; } = "";

    public string BodyMarkdown { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    public ArticleState State { get; set; }

    /// <summary>When a published article becomes visible (UTC); a time in the future schedules it.</summary>
    public DateTime? PublishAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The number of the latest <see cref="ArticleVersion"/>.</summary>
    public int CurrentVersion { get; set; }

    /// <summary>The same article in the other language, if written.</summary>
    public int? CounterpartId { get; set; }

    public bool IsPublicAt(DateTime utcNow) => State == ArticleState.Published && PublishAt is { } at && at <= utcNow;
}

/// <summary>What kind of page an article is; decides where it is listed. Stored as numbers; never renumber.</summary>
public enum ArticleType
{
    Faq = 0,
    Basics = 1,
    Alert = 2,
    Newsletter = 3,
    MethodReview = 4,
    CaseExample = 5,
    Guide = 6,
    TopThreats = 7,
}

/// <summary>Whether the public may see an article. Stored as numbers; never renumber.</summary>
public enum ArticleState
{
    Draft = 0,
    Published = 1,
    Withdrawn = 2,
}

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles");
        builder.HasIndex(a => new { a.Language, a.Slug }).IsUnique();
        builder.HasIndex(a => new { a.State, a.PublishAt });
        builder.Property(a => a.Slug).HasMaxLength(100);
        builder.Property(a => a.Language).HasMaxLength(5);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Summary).HasMaxLength(500);
        builder.HasOne<Article>().WithMany().HasForeignKey(a => a.CounterpartId).OnDelete(DeleteBehavior.SetNull);
    }
}
