using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Desk.Model;

/// <summary>A line of a case's history: who changed what, when. Kept when cases are merged.</summary>
public sealed class ConsultationEvent
{
    public long Id { get; set; }

    public long ConsultationId { get; set; }

    public DateTime OccurredAt { get; set; }

    public string? ActorId { get; set; }

    public string ActorName { get; set; } = "";

    /// <summary>A code from <see cref="CaseEvents"/>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Values for the localised sentence (e.g. the old and new status), never personal data.</summary>
    public string Detail { get; set; } = "";
}

internal sealed class ConsultationEventConfiguration : IEntityTypeConfiguration<ConsultationEvent>
{
    public void Configure(EntityTypeBuilder<ConsultationEvent> builder)
    {
        builder.ToTable("ConsultationEvents");
        builder.HasIndex(e => new { e.ConsultationId, e.OccurredAt });
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.Kind).HasMaxLength(40);
        builder.Property(e => e.Detail).HasMaxLength(500);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(e => e.ConsultationId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>History event codes.</summary>
public static class CaseEvents
{
    public const string Received = "received";
    public const string StatusChanged = "status";
    public const string Assigned = "assigned";
    public const string Unassigned = "unassigned";
    public const string MethodChanged = "method";
    public const string UrgencyChanged = "urgency";
    public const string TagsChanged = "tags";
    public const string NoteAdded = "note";
    public const string ReplyDrafted = "reply.drafted";
    public const string ReplyApproved = "reply.approved";
    public const string ReplyRejected = "reply.rejected";
    public const string ReplySent = "reply.sent";
    public const string InboundMessage = "inbound";
    public const string PhoneCall = "phone";
    public const string MergedInto = "merged.into";
    public const string MergedFrom = "merged.from";
    public const string Linked = "linked";
    public const string Reopened = "reopened";
    public const string SlaPaused = "sla.paused";
    public const string SlaResumed = "sla.resumed";
    public const string OutOfScope = "outofscope";
    public const string Anonymized = "anonymized";
    public const string MailFromStranger = "mail.stranger";
    public const string MailBounced = "mail.bounced";
    public const string AddressConfirmed = "address.confirmed";
    public const string AddressRemoved = "address.removed";
    public const string MailResent = "mail.resent";
    public const string ExampleProposed = "example.proposed";
    public const string ExamplePublished = "example.published";
}
