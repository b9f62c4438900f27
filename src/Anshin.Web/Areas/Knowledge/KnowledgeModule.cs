using Anshin.Web.Areas.Knowledge.Feeds;
using Anshin.Web.Areas.Knowledge.Services;
using Anshin.Web.Platform.Data;

namespace Anshin.Web.Areas.Knowledge;

/// <summary>Registers the self-help site: articles and their editing.</summary>
public static class KnowledgeModule
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddScoped<ArticleEditor>();
        services.AddScoped<IDemoContent, KnowledgeDemoContent>();
        return services;
    }

    public static WebApplication MapKnowledge(this WebApplication app)
    {
        app.MapFeeds();
        return app;
    }
}
