using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Areas.SelfCheck.Api;
using Anshin.Web.Areas.SelfCheck.Services;

namespace Anshin.Web.Areas.SelfCheck;

/// <summary>Registers the self-diagnosis: organisations and their ways back, drafts, results and peer figures.</summary>
public static class SelfCheckModule
{
    public static IServiceCollection AddSelfCheck(this IServiceCollection services)
    {
        services.AddOptions<SelfCheckOptions>().BindConfiguration(SelfCheckOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<OrganisationSession>();
        services.AddScoped<OrganisationAccounts>();
        services.AddScoped<SmeMail>();
        services.AddScoped<SelfCheckDrafts>();
        services.AddScoped<SelfCheckSubmitter>();
        services.AddScoped<PeerBenchmarks>();
        return services;
    }

    public static WebApplication MapSelfCheck(this WebApplication app)
    {
        app.MapSelfCheckApi();
        return app;
    }
}
