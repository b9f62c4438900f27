using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.SecurityAction.Model;

/// <summary>What happened to a declaration. Stored as numbers; never renumber.</summary>
public enum DeclarationEventKind
{
    Applied = 0,
    Declared = 1,
    Changed = 2,
    Upgraded = 3,
    Withdrawn = 4,
    Suspended = 5,
    Reinstated = 6,
}

/// <summary>One step in a declaration's history: who, when, and what changed.</summary>
public sealed class DeclarationEvent
{
    public long Id { get; set; }

    public int DeclarationId { get; set; }

    public DateTime At { get; set; }

    public DeclarationEventKind Kind { get; set; }

    /// <summary>"declarant", or the staff member's user name.</summary>
    public string Actor { get; set; } = "";

    /// <summary>The fields changed or the reason given, in plain words.</summary>
    public string Detail { get; set; } = "";
}

internal sealed class DeclarationEventConfiguration : IEntityTypeConfiguration<DeclarationEvent>
{
    public void Configure(EntityTypeBuilder<DeclarationEvent> builder)
    {
        builder.ToTable("DeclarationEvents");
        builder.HasIndex(e => new { e.DeclarationId, e.At });
        builder.HasOne<Declaration>().WithMany().HasForeignKey(e => e.DeclarationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Detail).HasMaxLength(2000);
    }
}
