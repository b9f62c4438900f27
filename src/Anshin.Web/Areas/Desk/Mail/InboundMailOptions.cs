using System.ComponentModel.DataAnnotations;

namespace Anshin.Web.Areas.Desk.Mail;

/// <summary>Inbound e-mail limits. Bound from the <c>Mail:Inbound</c> section.</summary>
public sealed class InboundMailOptions
{
    public const string Section = "Mail:Inbound";

    /// <summary>
    /// The largest message the intake endpoint reads. Postfix refuses bigger ones first (its <c>message_size_limit</c>
    /// is set to the same value by the set-up script), so the sender gets a clear bounce instead of silence.
    /// </summary>
    [Range(10_000, 200_000_000)]
    public long MaxMessageBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>At most this many acknowledgements go to one address per hour, however many mails it sends.</summary>
    [Range(0, 1_000)]
    public int AcknowledgementsPerSenderPerHour { get; set; } = 3;
}
