using Anshin.Web.Platform.Jobs;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>Scans new cases and messages for indicators every <see cref="StatisticsOptions.IndicatorScanInterval"/>; one instance at a time.</summary>
public sealed class IndicatorScanWorker(IServiceScopeFactory scopes, IOptions<StatisticsOptions> options, TimeProvider clock, ILogger<IndicatorScanWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IndicatorScanEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.IndicatorScanInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
                if (!await leases.TryTakeAsync(IndicatorScanner.Lease, TimeSpan.FromMinutes(10), stoppingToken))
                {
                    continue;
                }

                try
                {
                    await scope.ServiceProvider.GetRequiredService<IndicatorScanner>().ScanAsync(stoppingToken);
                }
                finally
                {
                    await leases.ReleaseAsync(IndicatorScanner.Lease, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scanning cases for indicators failed; it resumes where it stopped");
            }
        }
    }
}
