using Anshin.Web.Areas.Knowledge.Feeds;
using Anshin.Web.Areas.Knowledge.MailNews;
using Anshin.Web.Areas.Knowledge.Navigator;
using Anshin.Web.Areas.Knowledge.Search;
using Anshin.Web.Areas.Knowledge.Services;
using Anshin.Web.Platform.Data;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Knowledge;

/// <summary>Registers the self-help site: articles, the symptom navigator, the site search, feeds.</summary>
public static class KnowledgeModule
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddScoped<ArticleEditor>();
        services.AddScoped<IDemoContent, KnowledgeDemoContent>();
        services.AddScoped<NavigatorEditor>();
        services.AddScoped<NavigatorReader>();
        services.AddSingleton<NavigatorReader.Memory>();
        services.AddScoped<IDemoContent, NavigatorDemoContent>();
        services.AddScoped<SiteIndexer>();
        services.AddOptions<MailNewsOptions>().BindConfiguration(MailNewsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<MailNewsService>();
        services.AddSingleton<DigestWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestWorker>());
        services.AddScoped<SiteSearchService>();
        services.AddScoped<ISiteSearch>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? ActivatorUtilities.CreateInstance<PostgresSiteSearch>(sp)
                : ActivatorUtilities.CreateInstance<SqliteSiteSearch>(sp));
        return services;
    }

    public static WebApplication MapKnowledge(this WebApplication app)
    {
        app.MapFeeds();
        app.MapSiteSearchApi();
        app.MapOneClickUnsubscribe();
        return app;
    }
}
