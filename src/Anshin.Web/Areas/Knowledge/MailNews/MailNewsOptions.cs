using System.ComponentModel.DataAnnotations;

namespace Anshin.Web.Areas.Knowledge.MailNews;

/// <summary>The mail news (メールニュース), bound from the <c>MailNews</c> section.</summary>
public sealed class MailNewsOptions
{
    public const string Section = "MailNews";

    /// <summary>Send the digest of new alerts on schedule (staff can always send one from the admin page).</summary>
    public bool DigestEnabled { get; set; } = true;

    /// <summary>Japan time of day after which the day's digest goes out, if there are new alerts.</summary>
    public TimeOnly DigestTime { get; set; } = new(9, 0);

    /// <summary>How often the scheduler looks whether a digest is due.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A pending subscription's link stops working after this long.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan ConfirmationLifetime { get; set; } = TimeSpan.FromDays(7);
}
