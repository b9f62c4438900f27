using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

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

    /// <summary>How long a page stays cached unless <see cref="HostingOptions.PublicCacheDuration"/> says otherwise.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    /// <summary>The policy, with the lifetime from <see cref="HostingOptions.PublicCacheDuration"/>; zero turns caching off.</summary>
    public static IServiceCollection AddPublicPageCache(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<HostingOptions>>((o, hosting) => o.AddPolicy(Policy, b =>
        {
            var lifetime = hosting.Value.PublicCacheDuration;
            if (lifetime <= TimeSpan.Zero)
            {
                b.NoCache();
                return;
            }

            b.Expire(lifetime)
                .SetVaryByQuery("year", "culture", "type", "p", "lang", "method", "q")
                .VaryByValue(_ => new KeyValuePair<string, string>("lang", CultureInfo.CurrentUICulture.Name))
                .Tag(Tag);
        }));
        return services;
    }

    /// <summary>Drops every cached public page of this instance (others expire within their lifetime).</summary>
    public static Task EvictAsync(IOutputCacheStore store, CancellationToken ct = default) =>
        store.EvictByTagAsync(Tag, ct).AsTask();
}
