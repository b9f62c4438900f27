using System.ComponentModel.DataAnnotations;

namespace Anshin.Web.Areas.SecurityAction;

/// <summary>Settings of SECURITY ACTION declarations, bound from the <c>SecurityAction</c> section.</summary>
public sealed class SecurityActionOptions
{
    public const string Section = "SecurityAction";

    /// <summary>A ★★ declaration needs a self-diagnosis made within this many months.</summary>
    [Range(1, 120)]
    public int DiagnosisValidityMonths { get; set; } = 12;

    /// <summary>Whether a ★★ policy URL must answer (HTTP 2xx/3xx) before it is accepted; off because servers here have no internet.</summary>
    public bool CheckPolicyUrlReachable { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan ReachabilityTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the link that confirms the contact address works.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan ConfirmationLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Verification requests (API and page) per client address per minute, on each instance.</summary>
    [Range(1, 1_000_000)]
    public int VerificationsPerMinute { get; set; } = 120;
}
