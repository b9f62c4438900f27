using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Platform.Auth;

/// <summary>A machine client (the mailgate, a partner system) that calls the API with a bearer token.</summary>
public sealed class ApiClient
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>SHA-256 of the token, hex; the token itself is shown once and never stored.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>The first characters of the token, so staff can tell tokens apart.</summary>
    public string TokenPrefix { get; set; } = "";

    /// <summary>Space-separated scopes such as <c>audit.read</c> or <c>mail.inbound</c>.</summary>
    public string Scopes { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("ApiClients");
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.TokenHash).HasMaxLength(64);
        builder.Property(c => c.TokenPrefix).HasMaxLength(16);
        builder.Property(c => c.Scopes).HasMaxLength(500);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.HasIndex(c => c.TokenHash).IsUnique();
    }
}
