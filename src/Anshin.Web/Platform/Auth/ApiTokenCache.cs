using Microsoft.Extensions.Caching.Memory;

namespace Anshin.Web.Platform.Auth;

/// <summary>
/// Keeps recently used API tokens (by hash) for a few seconds, so a machine client that calls many times a second —
/// the mailgate posts every message — is not looked up in the database each time. Revoking a client clears its
/// entry on the instance that revoked it at once; other instances stop accepting it within <see cref="CacheFor"/>.
/// </summary>
public sealed class ApiTokenCache(IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    public ApiClientSnapshot? Get(string tokenHash) => cache.Get<ApiClientSnapshot>(Key(tokenHash));

    public void Set(string tokenHash, ApiClientSnapshot client) => cache.Set(Key(tokenHash), client, CacheFor);

    public void Evict(string tokenHash) => cache.Remove(Key(tokenHash));

    private static string Key(string tokenHash) => "api-token:" + tokenHash;
}

/// <summary>What authentication needs of an API client.</summary>
public sealed record ApiClientSnapshot(int Id, string Name, string Scopes, DateTime? LastUsedAt);
