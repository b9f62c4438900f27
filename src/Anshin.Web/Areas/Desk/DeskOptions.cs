using System.ComponentModel.DataAnnotations;

namespace Anshin.Web.Areas.Desk;

/// <summary>Limits and places of the consultation desk. Bound from the <c>Desk</c> section.</summary>
public sealed class DeskOptions
{
    public const string Section = "Desk";

    /// <summary>Largest attachment accepted, in bytes (the desk asks for no more than about 3 MB).</summary>
    [Range(1_024, 100_000_000)]
    public long MaxAttachmentBytes { get; set; } = 3 * 1024 * 1024;

    [Range(0, 20)]
    public int MaxAttachments { get; set; } = 5;

    /// <summary>Folder for attachment files, outside the web root; relative to <c>Database:DataDirectory</c>.</summary>
    [Required]
    public string AttachmentDirectory { get; set; } = "attachments";

    /// <summary>Personal data of cases closed longer than this is anonymised.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "36500.00:00:00")]
    public TimeSpan RetentionPeriod { get; set; } = TimeSpan.FromDays(3 * 365);

    /// <summary>How often the retention job looks for cases to anonymise.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Turn the retention job off (e.g. on an instance kept for reporting only).</summary>
    public bool RetentionEnabled { get; set; } = true;

    /// <summary>Guideline for one phone call.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "04:00:00")]
    public TimeSpan PhoneCallGuideline { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Cases per queue page.</summary>
    [Range(10, 200)]
    public int PageSize { get; set; } = 50;

    /// <summary>
    /// A free-text search lists at most this many matching cases, newest first; a word found in a large share of all
    /// consultations (such as 詐欺) would otherwise make every search read the whole archive. Every match in the window is
    /// looked up for the status tabs and the sort, so the window is what a search costs: at 500 a search of a million
    /// cases on PostgreSQL takes 14 ms of CPU, at 1,000 it took 18 (docs/benchmarks.md).
    /// </summary>
    [Range(10, 100_000)]
    public int SearchLimit { get; set; } = 500;

    /// <summary>Status counts in the queue stop at this number and show as "1,000+"; exact archive totals are the statistics' job.</summary>
    [Range(10, 10_000_000)]
    public int CountLimit { get; set; } = 1_000;
}
