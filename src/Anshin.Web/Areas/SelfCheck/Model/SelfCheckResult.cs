using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.SelfCheck.Model;

/// <summary>
/// One finished self-diagnosis: the 25 answers (one letter each, see <c>SelfCheckAnswers</c>), the score, and the
/// industry and size the organisation had when it answered, which decide the peer group it counts in.
/// </summary>
public sealed class SelfCheckResult
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    /// <summary>The version of the question set the answers belong to.</summary>
    public string QuestionSetVersion { get; set; } = "";

    public string Answers { get; set; } = "";

    /// <summary>−25 to 100.</summary>
    public int Score { get; set; }

    public string Industry { get; set; } = "";

    public int SizeBand { get; set; }

    public DateTime TakenAt { get; set; }
}

internal sealed class SelfCheckResultConfiguration : IEntityTypeConfiguration<SelfCheckResult>
{
    public void Configure(EntityTypeBuilder<SelfCheckResult> builder)
    {
        builder.ToTable("SelfCheckResults");
        builder.HasIndex(r => new { r.OrganisationId, r.TakenAt });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.QuestionSetVersion).HasMaxLength(16);
        builder.Property(r => r.Answers).HasMaxLength(64);
        builder.Property(r => r.Industry).HasMaxLength(1);
    }
}
