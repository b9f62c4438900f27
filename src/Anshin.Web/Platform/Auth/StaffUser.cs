using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Platform.Auth;

/// <summary>A member of the desk's staff: consultant, supervisor, analyst or administrator.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Set for a one-time password: the next sign-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>A deactivated account cannot sign in; its history stays.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }

    /// <summary>The last TOTP time step accepted, so a code cannot be replayed within its window.</summary>
    public long? LastTotpStep { get; set; }
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
    }
}
