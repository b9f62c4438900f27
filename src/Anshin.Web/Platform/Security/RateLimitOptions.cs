using System.ComponentModel.DataAnnotations;

namespace Anshin.Web.Platform.Security;

/// <summary>Limits on POST requests per client address, bound from the <c>RateLimits</c> section.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>Sign-in attempts (password, code, recovery code) per address per window.</summary>
    [Range(1, 10000)]
    public int SignInPerWindow { get; set; } = 10;

    /// <summary>Other POSTs (forms and API) per address per window.</summary>
    [Range(1, 100000)]
    public int PostsPerWindow { get; set; } = 60;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}
