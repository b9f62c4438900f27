using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Anshin.Web.Platform.Settings;

/// <summary>
/// Run-time settings kept in the database. Read often (every page shows the desk's hours), so they are cached
/// briefly; a write here clears this instance's cache, other instances see it within <see cref="CacheFor"/>.
/// </summary>
public sealed class SiteSettings(IServiceProvider services, IMemoryCache cache, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    // The data context is taken only on a cache miss or a write: pages read these on every request.
    private AnshinDbContext Db => services.GetRequiredService<AnshinDbContext>();

    private const string CacheKey = "site-settings";

    public async Task<IReadOnlyDictionary<string, string>> AllAsync(CancellationToken ct = default) =>
        (await SnapshotAsync(ct)).Values;

    /// <summary>The desk's contact details, parsed once per cached snapshot rather than on every page.</summary>
    public async Task<DeskProfile> DeskAsync(CancellationToken ct = default) =>
        (await SnapshotAsync(ct)).Desk;

    public async Task<string?> GetAsync(string key, CancellationToken ct = default) =>
        (await AllAsync(ct)).TryGetValue(key, out var value) ? value : null;

    public async Task<bool> GetBoolAsync(string key, CancellationToken ct = default) =>
        string.Equals(await GetAsync(key, ct), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Stages the values in the current unit of work; the caller saves (with its audit entry).</summary>
    public async Task StageAsync(IReadOnlyDictionary<string, string> values, CancellationToken ct = default)
    {
        var keys = values.Keys.ToList();
        var existing = await Db.Set<SiteSetting>().Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (key, value) in values)
        {
            if (existing.TryGetValue(key, out var setting))
            {
                setting.Value = value;
                setting.UpdatedAt = now;
            }
            else
            {
                Db.Add(new SiteSetting { Key = key, Value = value, UpdatedAt = now });
            }
        }
    }

    private async Task<Snapshot> SnapshotAsync(CancellationToken ct)
    {
        if (cache.TryGetValue(CacheKey, out Snapshot? cached) && cached is not null)
        {
            return cached;
        }

        var values = await Db.Set<SiteSetting>().AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, ct);
        var snapshot = new Snapshot(values, DeskProfile.From(values));
        cache.Set(CacheKey, snapshot, CacheFor);
        return snapshot;
    }

    /// <summary>Forgets this instance's copy, and the public pages rendered from it.</summary>
    public async Task InvalidateAsync()
    {
        cache.Remove(CacheKey);
        await PublicPageCache.EvictAsync(services.GetRequiredService<IOutputCacheStore>());
    }
}

/// <summary>One read of the settings table with what is derived from it.</summary>
internal sealed record Snapshot(IReadOnlyDictionary<string, string> Values, DeskProfile Desk);

/// <summary>The keys of the settings the platform owns.</summary>
public static class SettingKeys
{
    public const string RequireTwoFactor = "staff.require-two-factor";
    public const string RequireReplyApproval = "desk.require-reply-approval";
    public const string DeskNameJa = "desk.name.ja";
    public const string DeskNameEn = "desk.name.en";
    public const string DeskPhone = "desk.phone";
    public const string DeskFax = "desk.fax";
    public const string DeskEmail = "desk.email";
    public const string DeskAddressJa = "desk.address.ja";
    public const string DeskAddressEn = "desk.address.en";
    public const string DeskPhoneHours = "desk.phone-hours";
}
