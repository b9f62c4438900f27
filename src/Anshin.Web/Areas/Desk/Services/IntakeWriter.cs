using System.Threading.Channels;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// Group commit for public submissions: they queue here and one writer records everything that is waiting (up to
/// <see cref="MaxBatch"/>) in a single transaction, then answers each caller. Each caller still hears back only after its
/// case is committed, so nothing is acknowledged before it is safe, but a thousand submissions a second need a few
/// dozen disk flushes instead of a thousand. If a batch fails, its submissions are retried one by one, so one bad
/// submission cannot take others down with it. Stopping the app finishes what is queued. Several instances each run
/// their own writer: receipt numbers come from the database, not from here.
/// </summary>
public sealed class IntakeWriter(IServiceScopeFactory scopes, ILogger<IntakeWriter> logger) : BackgroundService
{
    public const int MaxBatch = 64;

    private readonly Channel<Job> queue = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues one submission and completes when it is committed (or has failed).</summary>
    public Task<IntakeReceipt> WriteAsync(PendingIntake intake)
    {
        var job = new Job(intake, new TaskCompletionSource<IntakeReceipt>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(job))
        {
            throw new InvalidOperationException("The intake writer has stopped; the application is shutting down.");
        }

        return job.Done.Task;
    }

    /// <summary>True while the host runs the writer (not in command-line tools, which save directly).</summary>
    public bool IsRunning { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IsRunning = true;
        stoppingToken.Register(() =>
        {
            IsRunning = false;
            queue.Writer.TryComplete();
        });
        var batch = new List<Job>(MaxBatch);
        // Not cancelled by stoppingToken: after the writer is completed, what is already queued is still written.
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var job))
            {
                batch.Add(job);
            }

            await WriteAsync(batch);
        }
    }

    private async Task WriteAsync(IReadOnlyList<Job> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var receipts = await scope.ServiceProvider.GetRequiredService<IntakeRecorder>()
                .RecordAsync([.. batch.Select(j => j.Intake)], CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(receipts[i]);
            }
        }
        catch (Exception e) when (batch.Count > 1)
        {
            logger.LogWarning(e, "A batch of {Count} submissions failed; writing them one by one.", batch.Count);
            foreach (var job in batch)
            {
                await WriteAsync([job]);
            }
        }
        catch (Exception e)
        {
            foreach (var job in batch)
            {
                job.Done.TrySetException(e);
            }
        }
    }

    private sealed record Job(PendingIntake Intake, TaskCompletionSource<IntakeReceipt> Done);
}
