using Anshin.Web.Areas.Statistics.Api;
using Anshin.Web.Areas.Statistics.Services;

namespace Anshin.Web.Areas.Statistics;

/// <summary>Registers statistics and reports: the daily counts, their upkeep, the dashboard and the public figures.</summary>
public static class StatisticsModule
{
    public static IServiceCollection AddStatistics(this IServiceCollection services)
    {
        services.AddOptions<StatisticsOptions>().BindConfiguration(StatisticsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<CountFolder>();
        services.AddScoped<StatisticsRebuilder>();
        services.AddScoped<StatisticsReader>();
        services.AddScoped<HistoricalFigures>();
        services.AddScoped<DashboardBuilder>();
        services.AddScoped<PublicStatistics>();
        services.AddScoped<SpikeDetector>();
        services.AddScoped<CaseExport>();
        services.AddScoped<QuarterlyReports>();
        services.AddScoped<ReportHtml>();
        services.AddHostedService<CountFoldWorker>();
        services.AddScoped<IndicatorScanner>();
        services.AddScoped<IndicatorBoard>();
        services.AddHostedService<IndicatorScanWorker>();
        services.AddScoped<Platform.Data.IDemoContent, StatisticsDemoContent>();
        return services;
    }

    public static WebApplication MapStatistics(this WebApplication app)
    {
        app.MapStatisticsApi();
        app.MapReportPdf();
        return app;
    }
}
