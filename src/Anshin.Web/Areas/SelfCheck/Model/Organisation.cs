using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.SelfCheck.Model;

/// <summary>
/// A firm or other organisation using the SME programmes. It holds its self-diagnosis results, its basic policy and its
/// SECURITY ACTION declaration. It comes back either through an account (an e-mail address with a password or a
/// sign-in link) or, without an account, through the resume code shown once when it was created.
/// </summary>
public sealed class Organisation
{
    public int Id { get; set; }

    /// <summary>Empty until the organisation gives it (a diagnosis may be taken without a name).</summary>
    public string Name { get; set; } = "";

    /// <summary>Japan Standard Industrial Classification major group, A–T; asked once, changeable.</summary>
    public string? Industry { get; set; }

    /// <summary>Employee size band 1–6 (see <c>SizeBands</c>).</summary>
    public int? SizeBand { get; set; }

    /// <summary>The account's address (NFKC, lower case); null for an organisation that only has a resume code.</summary>
    public string? Email { get; set; }

    public DateTime? EmailConfirmedAt { get; set; }

    /// <summary>ASP.NET Core Identity's password hash (PBKDF2); null when the account signs in by link only.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>SHA-256 of the resume code (the code itself is shown once and never stored).</summary>
    public string? ResumeCodeHash { get; set; }

    /// <summary>SHA-256 of the newest sign-in or confirmation link's token.</summary>
    public string? LinkTokenHash { get; set; }

    public DateTime? LinkTokenExpiresAt { get; set; }

    /// <summary>Changes when the password or the resume code changes, ending every other session.</summary>
    public string SecurityStamp { get; set; } = "";

    public int FailedSignIns { get; set; }

    public DateTime? LockedUntil { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasIndex(o => o.Email).IsUnique();
        builder.HasIndex(o => o.ResumeCodeHash).IsUnique();
        builder.HasIndex(o => o.LinkTokenHash).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Industry).HasMaxLength(1);
        builder.Property(o => o.Email).HasMaxLength(254);
        builder.Property(o => o.PasswordHash).HasMaxLength(200);
        builder.Property(o => o.ResumeCodeHash).HasMaxLength(64);
        builder.Property(o => o.LinkTokenHash).HasMaxLength(64);
        builder.Property(o => o.SecurityStamp).HasMaxLength(32);
    }
}
