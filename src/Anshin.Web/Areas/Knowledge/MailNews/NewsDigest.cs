using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Knowledge.MailNews;

/// <summary>
/// One digest sent in one language: the alerts published after the previous digest's <see cref="Through"/> up to this
/// one's, written to the outbox for every confirmed subscriber in the same transaction as this row.
/// </summary>
public sealed class NewsDigest
{
    public int Id { get; set; }

    public string Language { get; set; } = "ja";

    public DateTime SentAt { get; set; }

    /// <summary>The publication time of the newest alert included; the next digest starts after it.</summary>
    public DateTime Through { get; set; }

    public int Articles { get; set; }

    public int Recipients { get; set; }

    /// <summary>Who sent it: a staff member's name, or <c>schedule</c>.</summary>
    public string SentBy { get; set; } = "";
}

internal sealed class NewsDigestConfiguration : IEntityTypeConfiguration<NewsDigest>
{
    public void Configure(EntityTypeBuilder<NewsDigest> builder)
    {
        builder.ToTable("NewsDigests");
        builder.HasIndex(d => new { d.Language, d.Through });
        builder.Property(d => d.Language).HasMaxLength(5);
        builder.Property(d => d.SentBy).HasMaxLength(256);
    }
}
