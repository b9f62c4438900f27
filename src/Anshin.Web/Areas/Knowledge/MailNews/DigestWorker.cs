using Anshin.Core.Calendar;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Knowledge.MailNews;

/// <summary>
/// Sends the day's digest once <see cref="MailNewsOptions.DigestTime"/> (Japan time) has passed, when no digest went out
/// yet that day and there are new alerts. Every instance runs it; the lease lets only one send.
/// </summary>
public sealed class DigestWorker(IServiceScopeFactory scopes, IOptions<MailNewsOptions> options, TimeProvider clock, ILogger<DigestWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DigestEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The mail-news digest failed; it will be tried again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends the digests if one is due now; the number of digests written.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var tokyo = TimeZoneInfo.ConvertTime(now, BusinessCalendar.Tokyo);
        if (TimeOnly.FromDateTime(tokyo.DateTime) < options.Value.DigestTime)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AnshinDbContext>();
        var startOfDay = TimeZoneInfo.ConvertTimeToUtc(tokyo.Date, BusinessCalendar.Tokyo);
        if (await db.Set<NewsDigest>().AnyAsync(d => d.SentAt >= startOfDay && d.SentBy == Schedule, ct))
        {
            return 0;
        }

        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        if (!await leases.TryTakeAsync("mail-news-digest", TimeSpan.FromMinutes(10), ct))
        {
            return 0;
        }

        try
        {
            var sent = await scope.ServiceProvider.GetRequiredService<MailNewsService>().SendDigestsAsync(Schedule, ct);
            if (sent.Count == 0)
            {
                // Nothing new today: note the day as done, so the check does not run the queries every few minutes.
                db.Add(new NewsDigest { Language = "", SentAt = now.UtcDateTime, Through = now.UtcDateTime, SentBy = Schedule });
                await db.SaveChangesAsync(ct);
            }

            return sent.Count;
        }
        finally
        {
            await leases.ReleaseAsync("mail-news-digest", ct);
        }
    }

    private const string Schedule = "schedule";
}
