using System.Globalization;
using System.Text;
using Anshin.Web.Areas.Statistics.Services;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Statistics.Commands;

/// <summary>
/// <c>rebuild-statistics</c>: recounts the daily counts from the cases and finds their scam indicators again (after a restore,
/// or to check them);
/// <c>import-statistics FILE [--source TEXT]</c>: imports historical figures, as the admin page does.
/// </summary>
internal static class StatisticsCommands
{
    public static async Task<int> RebuildAsync(WebApplication app)
    {
        using var scope = await ReadyScopeAsync(app);
        if (scope is null)
        {
            return 1;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var counted = await scope.ServiceProvider.GetRequiredService<StatisticsRebuilder>().RebuildAsync(CancellationToken.None);
        Console.WriteLine($"Rebuilt the statistics from {counted:N0} counted consultations in {watch.Elapsed.TotalSeconds:0.0} s.");
        var indicators = await scope.ServiceProvider.GetRequiredService<IndicatorScanner>().RescanAllAsync(CancellationToken.None);
        Console.WriteLine($"Recorded {indicators:N0} scam indicators again in {watch.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    public static async Task<int> ImportAsync(WebApplication app, string[] args)
    {
        var file = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (file is null || !File.Exists(file))
        {
            Console.Error.WriteLine("Usage: import-statistics FILE [--source TEXT]   (CSV: year,quarter,method,count[,source]; UTF-8)");
            return 1;
        }

        var sourceIndex = Array.IndexOf(args, "--source");
        var source = sourceIndex >= 0 && sourceIndex + 1 < args.Length ? args[sourceIndex + 1] : Path.GetFileName(file);
        using var scope = await ReadyScopeAsync(app);
        if (scope is null)
        {
            return 1;
        }

        var outcome = await scope.ServiceProvider.GetRequiredService<HistoricalFigures>()
            .ImportAsync(await File.ReadAllTextAsync(file, Encoding.UTF8), source, CancellationToken.None);
        if (!outcome.Succeeded)
        {
            var t = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
            Console.Error.WriteLine($"{file} was not imported (nothing changed):");
            foreach (var p in outcome.Problems)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  line {p.Line}: {t[p.Code, p.Argument]}"));
            }

            return 1;
        }

        Console.WriteLine($"Imported {outcome.Stored} historical figures.");
        return 0;
    }

    private static async Task<IServiceScope?> ReadyScopeAsync(WebApplication app)
    {
        DatabaseServices.EnsureDataDirectory(app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        var scope = app.Services.CreateScope();
        if ((await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().PendingAsync()).Count > 0)
        {
            Console.Error.WriteLine("The database schema is not up to date; run the migrate command first.");
            scope.Dispose();
            return null;
        }

        return scope;
    }
}
