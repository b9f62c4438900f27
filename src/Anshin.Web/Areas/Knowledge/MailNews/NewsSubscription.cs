using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Knowledge.MailNews;

/// <summary>Where a subscription stands. Stored as numbers; never renumber.</summary>
public enum SubscriptionState
{
    /// <summary>Asked for; waiting for the person to confirm through the link sent to the address.</summary>
    Pending = 0,
    Confirmed = 1,
    Unsubscribed = 2,
}

/// <summary>
/// One address on the mail-news list (メールニュース), in one language. Nothing is sent to it but the confirmation link
/// until the person confirms (double opt-in); the <see cref="Token"/> in every message's links confirms and unsubscribes.
/// </summary>
public sealed class NewsSubscription
{
    public int Id { get; set; }

    /// <summary>Normalised (NFKC, lower case): one row per address.</summary>
    public string Email { get; set; } = "";

    public string Language { get; set; } = "ja";

    public SubscriptionState State { get; set; }

    /// <summary>A random secret (64 hex digits) for the links; changed each time a confirmation is requested again.</summary>
    public string Token { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ConfirmationSentAt { get; set; }

    public DateTime? ConfirmedAt { get; set; }

    public DateTime? UnsubscribedAt { get; set; }
}

internal sealed class NewsSubscriptionConfiguration : IEntityTypeConfiguration<NewsSubscription>
{
    public void Configure(EntityTypeBuilder<NewsSubscription> builder)
    {
        builder.ToTable("NewsSubscriptions");
        builder.HasIndex(s => s.Email).IsUnique();
        builder.HasIndex(s => s.Token).IsUnique();
        builder.HasIndex(s => new { s.State, s.Language });
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.Language).HasMaxLength(5);
        builder.Property(s => s.Token).HasMaxLength(64);
    }
}
