using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Otasuketai.Model;

/// <summary>A reviewer's comment on one requirement of an application, made with a review decision.</summary>
public sealed class ReviewComment
{
    public long Id { get; set; }

    public int ServiceId { get; set; }

    /// <summary>The decision (<see cref="ServiceEvent"/>) the comment was sent with.</summary>
    public long EventId { get; set; }

    public ServiceEvent? Event { get; set; }

    /// <summary>A requirement code (<see cref="Core.Otasuketai.Requirements"/>).</summary>
    public string RequirementCode { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTime At { get; set; }
}

internal sealed class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public void Configure(EntityTypeBuilder<ReviewComment> builder)
    {
        builder.ToTable("OtasuketaiReviewComments");
        builder.HasIndex(c => new { c.ServiceId, c.EventId });
        builder.HasOne<OtasuketaiService>().WithMany().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Event).WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.RequirementCode).HasMaxLength(40);
        builder.Property(c => c.Text).HasMaxLength(2000);
    }
}
