using Anshin.Core.Otasuketai;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Otasuketai.Model;

/// <summary>A step in an application's history: created, saved, submitted, a review decision, a suspension.</summary>
public sealed class ServiceEvent
{
    public long Id { get; set; }

    public int ServiceId { get; set; }

    public OtasuketaiService? Service { get; set; }

    public DateTime At { get; set; }

    /// <summary>See <see cref="ServiceEventKinds"/>.</summary>
    public string Kind { get; set; } = "";

    public ServiceStatus? FromStatus { get; set; }

    public ServiceStatus? ToStatus { get; set; }

    /// <summary>The staff member's user id; null when the provider acted.</summary>
    public string? StaffUserId { get; set; }

    public string? StaffName { get; set; }

    /// <summary>The overall comment of a review decision, or the fields a provider changed.</summary>
    public string? Comment { get; set; }

    /// <summary>The standard version the application was checked against at this step, and the outcome.</summary>
    public string? CheckVersion { get; set; }

    public RequirementOutcome? CheckOutcome { get; set; }
}

/// <summary>The kinds of <see cref="ServiceEvent"/>.</summary>
public static class ServiceEventKinds
{
    public const string Created = "created";
    public const string Saved = "saved";
    public const string Submitted = "submitted";
    public const string ReviewStarted = "review-started";
    public const string Registered = "registered";
    public const string Returned = "returned";
    public const string Rejected = "rejected";
    public const string Suspended = "suspended";
    public const string Reinstated = "reinstated";
    public const string Withdrawn = "withdrawn";
}

internal sealed class ServiceEventConfiguration : IEntityTypeConfiguration<ServiceEvent>
{
    public void Configure(EntityTypeBuilder<ServiceEvent> builder)
    {
        builder.ToTable("OtasuketaiServiceEvents");
        builder.HasIndex(e => new { e.ServiceId, e.At });
        builder.HasOne(e => e.Service).WithMany().HasForeignKey(e => e.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Kind).HasMaxLength(30);
        builder.Property(e => e.StaffUserId).HasMaxLength(450);
        builder.Property(e => e.StaffName).HasMaxLength(256);
        builder.Property(e => e.Comment).HasMaxLength(4000);
        builder.Property(e => e.CheckVersion).HasMaxLength(20);
    }
}
