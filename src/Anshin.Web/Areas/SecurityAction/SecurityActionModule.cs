using System.Threading.RateLimiting;
using Anshin.Web.Areas.SecurityAction.Api;
using Anshin.Web.Areas.SecurityAction.Services;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Hosting;
using Anshin.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.SecurityAction;

/// <summary>Registers SECURITY ACTION: declarations, verification, the list of declarants and the basic-policy generator.</summary>
public static class SecurityActionModule
{
    /// <summary>Supervisors and administrators look declarations up and suspend them.</summary>
    public const string ReviewPolicy = "SecurityAction.Review";

    /// <summary>The output-cache policy and tag of the verification API: every change to a declaration evicts the tag.</summary>
    public const string VerificationCachePolicy = "SecurityAction.Verification";
    public const string VerificationCacheTag = "declarations";

    public static IServiceCollection AddSecurityAction(this IServiceCollection services)
    {
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<HostingOptions>>((o, hosting) => o.AddPolicy(VerificationCachePolicy, b =>
        {
            if (hosting.Value.PublicCacheDuration <= TimeSpan.Zero)
            {
                b.NoCache();
                return;
            }

            b.Expire(hosting.Value.PublicCacheDuration).SetVaryByRouteValue("id").SetVaryByQuery("corporateNumber").Tag(VerificationCacheTag);
        }));
        services.AddOptions<SecurityActionOptions>().BindConfiguration(SecurityActionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(nameof(PolicyUrlCheck)).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 5 });
        services.AddScoped<PolicyUrlCheck>();
        services.AddScoped<Declarations>();
        services.AddScoped<DeclarationRegistry>();
        services.AddScoped<BasicPolicies>();
        services.AddScoped<Platform.Data.IDemoContent, SmeDemoContent>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(VerificationApi.RateLimitPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue;
                var perMinute = context.RequestServices.GetRequiredService<IOptions<SecurityActionOptions>>().Value.VerificationsPerMinute;
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return limits.Enabled
                    ? RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(address);
            });
        });
        return services;
    }

    public static AuthorizationBuilder AddSecurityActionPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(ReviewPolicy, p => p.RequireAuthenticatedUser().AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireRole(StaffRoles.Supervisor, StaffRoles.Admin));

    public static WebApplication MapSecurityAction(this WebApplication app)
    {
        app.MapVerificationApi();
        app.MapLogoEndpoints();
        return app;
    }
}
