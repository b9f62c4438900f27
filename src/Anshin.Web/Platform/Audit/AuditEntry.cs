using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Platform.Audit;

/// <summary>One append-only line of the audit trail: who did what to which record, when, and whether it worked.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime OccurredAt { get; set; }

    /// <summary>Staff user id or API client id; null for anonymous attempts.</summary>
    public string? ActorId { get; set; }

    /// <summary>User name as typed or known at the time (kept even if the account is renamed later).</summary>
    public string? ActorName { get; set; }

    /// <summary>A stable dotted code such as <c>signin.success</c> or <c>staff.create</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>What the action touched, e.g. <c>staff:42</c> or <c>case:2026-000123</c>.</summary>
    public string? Target { get; set; }

    public bool Succeeded { get; set; } = true;

    public string? IpAddress { get; set; }

    /// <summary>Short non-secret detail (never a password or token).</summary>
    public string? Detail { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.ActorId).HasMaxLength(64);
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.Target).HasMaxLength(128);
        builder.Property(e => e.IpAddress).HasMaxLength(64);
        builder.Property(e => e.Detail).HasMaxLength(1000);
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.Action, e.OccurredAt });
        builder.HasIndex(e => new { e.ActorId, e.OccurredAt });
    }
}
