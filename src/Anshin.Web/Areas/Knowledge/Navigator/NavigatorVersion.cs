using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Knowledge.Navigator;

/// <summary>One saved state of a language's whole navigator tree (JSON of <see cref="NavigatorTree"/>); never changed afterwards.</summary>
public sealed class NavigatorVersion
{
    public long Id { get; set; }

    /// <summary><c>ja</c> or <c>en</c>.</summary>
    public string Language { get; set; } = "ja";

    public int Number { get; set; }

    public string Document { get; set; } = "";

    public DateTime SavedAt { get; set; }

    public string SavedBy { get; set; } = "";

    /// <summary>What changed, in words: written by the editor for each kind of change.</summary>
    public string Note { get; set; } = "";
}

/// <summary>Per language: the version being edited and the version the public sees.</summary>
public sealed class NavigatorState
{
    public string Language { get; set; } = "ja";

    /// <summary>The latest <see cref="NavigatorVersion.Number"/> (the draft staff edit and preview).</summary>
    public int CurrentVersion { get; set; }

    /// <summary>The version the public sees, or null before the first publication.</summary>
    public int? PublishedVersion { get; set; }

    public DateTime? PublishedAt { get; set; }

    public string PublishedBy { get; set; } = "";
}

internal sealed class NavigatorVersionConfiguration : IEntityTypeConfiguration<NavigatorVersion>
{
    public void Configure(EntityTypeBuilder<NavigatorVersion> builder)
    {
        builder.ToTable("NavigatorVersions");
        builder.HasIndex(v => new { v.Language, v.Number }).IsUnique();
        builder.Property(v => v.Language).HasMaxLength(5);
        builder.Property(v => v.SavedBy).HasMaxLength(256);
        builder.Property(v => v.Note).HasMaxLength(500);
    }
}

internal sealed class NavigatorStateConfiguration : IEntityTypeConfiguration<NavigatorState>
{
    public void Configure(EntityTypeBuilder<NavigatorState> builder)
    {
        builder.ToTable("Navigators");
        builder.HasKey(s => s.Language);
        builder.Property(s => s.Language).HasMaxLength(5);
        builder.Property(s => s.PublishedBy).HasMaxLength(256);
    }
}
