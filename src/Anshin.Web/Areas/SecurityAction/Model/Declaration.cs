using Anshin.Web.Areas.SelfCheck.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.SecurityAction.Model;

/// <summary>Where a declaration stands. Stored as numbers; never renumber.</summary>
public enum DeclarationState
{
    /// <summary>Applied for; waiting for the contact to confirm the address through the link sent to it.</summary>
    Pending = 0,
    Active = 1,
    Withdrawn = 2,
    Suspended = 3,
}

/// <summary>Who declares. Stored as numbers; never renumber.</summary>
public enum ApplicantKind
{
    /// <summary>A registered body with a 13-digit corporate number (法人番号).</summary>
    Corporation = 0,
    SoleProprietor = 1,
    /// <summary>An association or other organisation without a corporate number.</summary>
    OtherOrganisation = 2,
}

/// <summary>Why the organisation declares. Stored as numbers; never renumber.</summary>
public enum DeclarationPurpose
{
    OwnSecurity = 0,
    Subsidy = 1,
    CustomersAndPartners = 2,
    Other = 3,
}

/// <summary>
/// A SECURITY ACTION self-declaration (★ or ★★) of one organisation. It gets its public 11-digit ID when the contact
/// confirms the address; from then on anyone may verify the ID. Withdrawn and suspended declarations stay, so that
/// their IDs verify as such. Every change is a <see cref="DeclarationEvent"/>.
/// </summary>
public sealed class Declaration
{
    public int Id { get; set; }

    /// <summary>The 11-digit ID, random, given on confirmation; null while pending.</summary>
    public string? PublicId { get; set; }

    public int OrganisationId { get; set; }

    public int Level { get; set; }

    public DeclarationState State { get; set; }

    public ApplicantKind ApplicantKind { get; set; }

    /// <summary>13 digits, check digit verified; null for sole proprietors and organisations without one.</summary>
    public string? CorporateNumber { get; set; }

    public string Name { get; set; } = "";

    public string NameKana { get; set; } = "";

    /// <summary>The name and its kana folded for search (NFKC, lower case, no spaces).</summary>
    public string SearchText { get; set; } = "";

    /// <summary>JIS prefecture code 1–47.</summary>
    public int Prefecture { get; set; }

    public string Address { get; set; } = "";

    public string Industry { get; set; } = "";

    public int Employees { get; set; }

    public int SizeBand { get; set; }

    public string ContactName { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    public DeclarationPurpose Purpose { get; set; }

    /// <summary>Where the organisation publishes its basic policy (★★).</summary>
    public string? PolicyUrl { get; set; }

    /// <summary>The self-diagnosis a ★★ declaration rests on.</summary>
    public int? SelfCheckResultId { get; set; }

    /// <summary>The language mail to the contact is written in.</summary>
    public string Language { get; set; } = "ja";

    /// <summary>SHA-256 of the confirmation link's token while pending.</summary>
    public string? ConfirmationTokenHash { get; set; }

    public DateTime AppliedAt { get; set; }

    /// <summary>When the ID was given (the declaration date).</summary>
    public DateTime? DeclaredAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? WithdrawnAt { get; set; }

    public DateTime? SuspendedAt { get; set; }

    public string? SuspensionReason { get; set; }
}

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> builder)
    {
        builder.ToTable("Declarations");
        builder.HasIndex(d => d.PublicId).IsUnique();
        builder.HasIndex(d => d.ConfirmationTokenHash).IsUnique();
        builder.HasIndex(d => d.OrganisationId);
        builder.HasIndex(d => d.CorporateNumber);
        builder.HasIndex(d => new { d.State, d.Prefecture });
        builder.HasIndex(d => new { d.State, d.DeclaredAt });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.PublicId).HasMaxLength(11);
        builder.Property(d => d.CorporateNumber).HasMaxLength(13);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.NameKana).HasMaxLength(200);
        builder.Property(d => d.SearchText).HasMaxLength(400);
        builder.Property(d => d.Address).HasMaxLength(300);
        builder.Property(d => d.Industry).HasMaxLength(1);
        builder.Property(d => d.ContactName).HasMaxLength(100);
        builder.Property(d => d.ContactEmail).HasMaxLength(254);
        builder.Property(d => d.PolicyUrl).HasMaxLength(500);
        builder.Property(d => d.Language).HasMaxLength(5);
        builder.Property(d => d.ConfirmationTokenHash).HasMaxLength(64);
        builder.Property(d => d.SuspensionReason).HasMaxLength(1000);
    }
}
