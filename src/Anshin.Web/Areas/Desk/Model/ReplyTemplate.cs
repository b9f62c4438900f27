using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Desk.Model;

/// <summary>A 定型文: a reply text with placeholders such as <c>{受付番号}</c>, optionally for one 手口.</summary>
public sealed class ReplyTemplate
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public int? MethodId { get; set; }

    public string Body { get; set; } = "";

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime UpdatedAt { get; set; }
}

internal sealed class ReplyTemplateConfiguration : IEntityTypeConfiguration<ReplyTemplate>
{
    public void Configure(EntityTypeBuilder<ReplyTemplate> builder)
    {
        builder.ToTable("ReplyTemplates");
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Body).HasMaxLength(20_000);
        builder.HasOne<Method>().WithMany().HasForeignKey(r => r.MethodId).OnDelete(DeleteBehavior.SetNull);
    }
}
