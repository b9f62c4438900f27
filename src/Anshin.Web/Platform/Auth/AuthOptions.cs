using System.ComponentModel.DataAnnotations;

namespace Anshin.Web.Platform.Auth;

/// <summary>Staff sign-in settings, bound from the <c>Auth</c> section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Failed sign-ins in a row before the account is locked.</summary>
    [Range(3, 20)]
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Idle time after which a staff session ends.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How often a session is checked against the account (sign-out everywhere, deactivation); zero = every request.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SecurityStampValidationInterval { get; set; } = TimeSpan.Zero;

    /// <summary>User name of the administrator created on first start.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9._@-]{3,64}$")]
    public string FirstAdminUserName { get; set; } = "admin";

    /// <summary>Issuer shown in authenticator apps.</summary>
    [Required]
    public string TotpIssuer { get; set; } = "Anshin";
}
