using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Anshin.Web.Platform.Hosting;

/// <summary>
/// Output caching for anonymous public pages: rendered once per language and query for a short time, so a
/// crowd arriving after an alert or a news report is served from memory. Signed-in staff, responses that set
/// cookies and POSTs are never cached. Changes made in the admin area evict the <see cref="Tag"/> at once.
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "PublicPage";
    public const string Tag = "public";
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services) =>
        services.AddOutputCache(o => o.AddPolicy(Policy, b => b
            .Expire(Duration)
            .SetVaryByQuery("year", "culture", "type", "p", "lang", "method", "q")
            .VaryByValue(_ => new KeyValuePair<string, string>("lang", CultureInfo.CurrentUICulture.Name))
            .Tag(Tag)));

    /// <summary>Drops every cached public page of this instance (others expire within <see cref="Duration"/>).</summary>
    public static Task EvictAsync(IOutputCacheStore store, CancellationToken ct = default) =>
        store.EvictByTagAsync(Tag, ct).AsTask();
}
