using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Desk.Model;

/// <summary>
/// An anonymised case example (事例) made from a closed case: proposed by a consultant, approved by a supervisor,
/// then ready for the self-help site. It holds no link a visitor could follow back to the case.
/// </summary>
public sealed class CaseExample
{
    public int Id { get; set; }

    public long SourceConsultationId { get; set; }

    public int? MethodId { get; set; }

    public string Title { get; set; } = "";

    public string Question { get; set; } = "";

    public string Answer { get; set; } = "";

    public CaseExampleState State { get; set; }

    public string ProposedById { get; set; } = "";

    public DateTime ProposedAt { get; set; }

    public string? ApprovedById { get; set; }

    public DateTime? ApprovedAt { get; set; }

    public string? ReviewComment { get; set; }
}

/// <summary>The approval state of a case example.</summary>
public enum CaseExampleState
{
    Proposed = 0,
    Approved = 1,
    Returned = 2,
}

internal sealed class CaseExampleConfiguration : IEntityTypeConfiguration<CaseExample>
{
    public void Configure(EntityTypeBuilder<CaseExample> builder)
    {
        builder.ToTable("CaseExamples");
        builder.HasIndex(e => e.SourceConsultationId);
        builder.HasIndex(e => e.State);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Question).HasMaxLength(20_000);
        builder.Property(e => e.Answer).HasMaxLength(20_000);
        builder.Property(e => e.ProposedById).HasMaxLength(450);
        builder.Property(e => e.ApprovedById).HasMaxLength(450);
        builder.Property(e => e.ReviewComment).HasMaxLength(2_000);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(e => e.SourceConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Method>().WithMany().HasForeignKey(e => e.MethodId).OnDelete(DeleteBehavior.SetNull);
    }
}
