using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.SelfCheck.Model;

/// <summary>
/// A diagnosis being answered, saved on every page so nothing is lost when the person goes back, closes the browser
/// or comes back after the session expired. Found by the random token in its cookie, or by the signed-in
/// organisation on another device.
/// </summary>
public sealed class SelfCheckDraft
{
    public int Id { get; set; }

    /// <summary>SHA-256 of the cookie's random token.</summary>
    public string TokenHash { get; set; } = "";

    public int? OrganisationId { get; set; }

    public string QuestionSetVersion { get; set; } = "";

    /// <summary>One letter per question; <c>-</c> where not yet answered.</summary>
    public string Answers { get; set; } = "";

    public string? Industry { get; set; }

    public int? SizeBand { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class SelfCheckDraftConfiguration : IEntityTypeConfiguration<SelfCheckDraft>
{
    public void Configure(EntityTypeBuilder<SelfCheckDraft> builder)
    {
        builder.ToTable("SelfCheckDrafts");
        builder.HasIndex(d => d.TokenHash).IsUnique();
        builder.HasIndex(d => d.OrganisationId);
        builder.HasIndex(d => d.UpdatedAt);
        builder.Property(d => d.TokenHash).HasMaxLength(64);
        builder.Property(d => d.QuestionSetVersion).HasMaxLength(16);
        builder.Property(d => d.Answers).HasMaxLength(64);
        builder.Property(d => d.Industry).HasMaxLength(1);
    }
}
