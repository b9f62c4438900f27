using Anshin.Web.Platform.Jobs;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>Folds case-change deltas into the daily counts every <see cref="StatisticsOptions.FoldInterval"/>; one instance at a time.</summary>
public sealed class CountFoldWorker(IServiceScopeFactory scopes, IOptions<StatisticsOptions> options, TimeProvider clock, ILogger<CountFoldWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.FoldEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.FoldInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
                if (!await leases.TryTakeAsync(CountFolder.Lease, TimeSpan.FromMinutes(5), stoppingToken))
                {
                    continue;
                }

                try
                {
                    await scope.ServiceProvider.GetRequiredService<CountFolder>().FoldAsync(stoppingToken);
                }
                finally
                {
                    await leases.ReleaseAsync(CountFolder.Lease, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Folding the statistics deltas failed; they still count and will be folded next time");
            }
        }
    }
}
