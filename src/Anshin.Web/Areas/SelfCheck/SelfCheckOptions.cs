using System.ComponentModel.DataAnnotations;

namespace Anshin.Web.Areas.SelfCheck;

/// <summary>Settings of the self-diagnosis, bound from the <c>SelfCheck</c> section.</summary>
public sealed class SelfCheckOptions
{
    public const string Section = "SelfCheck";

    /// <summary>Peer figures are shown only for groups with at least this many organisations.</summary>
    [Range(2, 1000)]
    public int PeerMinimum { get; set; } = Anshin.Core.SelfCheck.PeerFigures.MinimumGroup;

    /// <summary>Unfinished diagnoses untouched for longer are deleted.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan DraftLifetime { get; set; } = TimeSpan.FromDays(90);
}
