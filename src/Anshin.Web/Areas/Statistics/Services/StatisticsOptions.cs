using System.ComponentModel.DataAnnotations;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>Configuration section <c>Statistics</c>.</summary>
public sealed class StatisticsOptions
{
    public const string Section = "Statistics";

    /// <summary>How often the counts of recent case changes are folded into the daily counts (they count at once either way).</summary>
    public TimeSpan FoldInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Off only in tests that fold by hand.</summary>
    public bool FoldEnabled { get; set; } = true;

    /// <summary>How often new cases and messages are scanned for scam indicators.</summary>
    public TimeSpan IndicatorScanInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Off only in tests that scan by hand.</summary>
    public bool IndicatorScanEnabled { get; set; } = true;

    /// <summary>Public figures below this are shown as "&lt;N" so that no one can be recognised from a small count.</summary>
    [Range(1, 100)]
    public int SuppressBelow { get; set; } = 3;
}
