using Anshin.Web.Areas.Otasuketai.Api;
using Anshin.Web.Areas.Otasuketai.Services;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Otasuketai;

/// <summary>Registers the お助け隊 service registry: provider applications, the check against the standard, review, the public list, its API and the matching wizard.</summary>
public static class OtasuketaiModule
{
    /// <summary>Supervisors and administrators review applications and change registrations.</summary>
    public const string ReviewPolicy = "Otasuketai.Review";

    /// <summary>Administrators write new versions of the standard's rules.</summary>
    public const string StandardPolicy = "Otasuketai.Standard";

    /// <summary>The output-cache policy of the public pages and API (every query string apart, per language), evicted with the registry's copy on every change.</summary>
    public const string PublicCachePolicy = "Otasuketai.Public";

    public static IServiceCollection AddOtasuketai(this IServiceCollection services)
    {
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<HostingOptions>>((o, hosting) => o.AddPolicy(PublicCachePolicy, b =>
        {
            if (hosting.Value.PublicCacheDuration <= TimeSpan.Zero)
            {
                b.NoCache();
                return;
            }

            b.Expire(hosting.Value.PublicCacheDuration).SetVaryByQuery("*")
                .VaryByValue(_ => new KeyValuePair<string, string>("lang", System.Globalization.CultureInfo.CurrentUICulture.Name))
                .Tag(ServiceRegistry.CacheTag);
        }));
        services.AddOptions<OtasuketaiOptions>().BindConfiguration(OtasuketaiOptions.Section);
        services.AddSingleton<ServiceRegistry>();
        services.AddScoped<StandardVersions>();
        services.AddScoped<ServiceChecks>();
        services.AddScoped<ServiceHistory>();
        services.AddScoped<ServiceProviders>();
        services.AddScoped<ServiceApplications>();
        services.AddScoped<ServiceReviews>();
        services.AddScoped<Platform.Data.IDemoContent, OtasuketaiDemoContent>();
        return services;
    }

    public static AuthorizationBuilder AddOtasuketaiPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(ReviewPolicy, p => p.RequireAuthenticatedUser().AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireRole(StaffRoles.Supervisor, StaffRoles.Admin))
        .AddPolicy(StandardPolicy, p => p.RequireAuthenticatedUser().AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireRole(StaffRoles.Admin));

    public static WebApplication MapOtasuketai(this WebApplication app)
    {
        app.MapOtasuketaiApi();
        return app;
    }
}
