using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Outbox;

/// <summary>
/// The background worker that empties the outbox: every <see cref="MailOptions.PollInterval"/> it sends what is due,
/// and goes on at once while there is more. Any number of instances may run against one PostgreSQL database.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IOptions<MailOptions> options, ILogger<OutboxSender> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Relay.IsConfigured)
        {
            log.LogInformation("No mail relay is configured (Mail:Relay:Host); outgoing mail waits in the outbox.");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                sent = await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database hiccup must not stop delivery for good; the leased rows come back when the lease ends.
                log.LogError(e, "Outbox delivery round failed");
            }

            if (sent == 0)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
