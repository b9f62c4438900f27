using Anshin.Web.Areas.Desk.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Knowledge.Model;

/// <summary>An article is about a 手口 of the desk's taxonomy: the same tags as cases, so the two sides meet.</summary>
public sealed class ArticleMethod
{
    public int ArticleId { get; set; }

    public int MethodId { get; set; }
}

internal sealed class ArticleMethodConfiguration : IEntityTypeConfiguration<ArticleMethod>
{
    public void Configure(EntityTypeBuilder<ArticleMethod> builder)
    {
        builder.ToTable("ArticleMethods");
        builder.HasKey(m => new { m.ArticleId, m.MethodId });
        builder.HasIndex(m => m.MethodId);
        builder.HasOne<Article>().WithMany().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Method>().WithMany().HasForeignKey(m => m.MethodId).OnDelete(DeleteBehavior.Restrict);
    }
}
