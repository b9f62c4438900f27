using Anshin.Web.Areas.SelfCheck.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.SecurityAction.Model;

/// <summary>
/// One saved version of an organisation's information security basic policy: the choices it was generated from.
/// The newest revision is the current policy; earlier ones stay so a revision can be compared or restored.
/// </summary>
public sealed class BasicPolicyRevision
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public int Revision { get; set; }

    public string Language { get; set; } = "ja";

    public string OrganisationName { get; set; } = "";

    public string RepresentativeTitle { get; set; } = "";

    public string RepresentativeName { get; set; } = "";

    public DateOnly EstablishedOn { get; set; }

    public int Scope { get; set; }

    public string? ScopeDetail { get; set; }

    public string ResponsibleTitle { get; set; } = "";

    public int ReviewCycle { get; set; }

    public int Training { get; set; }

    public bool IncludePartners { get; set; }

    /// <summary>Where the organisation published it (feeds the ★★ declaration).</summary>
    public string? PublishedUrl { get; set; }

    public DateTime SavedAt { get; set; }
}

internal sealed class BasicPolicyRevisionConfiguration : IEntityTypeConfiguration<BasicPolicyRevision>
{
    public void Configure(EntityTypeBuilder<BasicPolicyRevision> builder)
    {
        builder.ToTable("BasicPolicyRevisions");
        builder.HasIndex(p => new { p.OrganisationId, p.Revision }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Language).HasMaxLength(5);
        builder.Property(p => p.OrganisationName).HasMaxLength(200);
        builder.Property(p => p.RepresentativeTitle).HasMaxLength(100);
        builder.Property(p => p.RepresentativeName).HasMaxLength(100);
        builder.Property(p => p.ScopeDetail).HasMaxLength(300);
        builder.Property(p => p.ResponsibleTitle).HasMaxLength(100);
        builder.Property(p => p.PublishedUrl).HasMaxLength(500);
    }
}
