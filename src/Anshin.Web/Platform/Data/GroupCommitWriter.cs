using System.Threading.Channels;

namespace Anshin.Web.Platform.Data;

/// <summary>
/// Group commit: items queue here and one writer saves everything that is waiting (up to <see cref="MaxBatch"/>) in
/// one unit of work, then answers each caller. A caller hears back only after its item is committed, so nothing is
/// acknowledged before it is safe, yet one disk flush serves many items. If a batch fails, its items are retried one by
/// one, so one bad item cannot take others down with it. Stopping the app finishes what is queued.
/// </summary>
public abstract class GroupCommitWriter<TItem, TResult>(IServiceScopeFactory scopes, ILogger logger) : BackgroundService
{
    private readonly Channel<Job> queue = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>True while the host runs the writer (not in command-line tools, which save directly).</summary>
    public bool IsRunning { get; private set; }

    protected abstract int MaxBatch { get; }

    /// <summary>Saves the items in one unit of work and returns one result per item, in order.</summary>
    protected abstract Task<IReadOnlyList<TResult>> SaveAsync(IServiceProvider services, IReadOnlyList<TItem> items);

    /// <summary>Queues one item and completes when it is committed (or has failed).</summary>
    protected Task<TResult> EnqueueAsync(TItem item)
    {
        var job = new Job(item, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(job))
        {
            throw new InvalidOperationException($"{GetType().Name} has stopped; the application is shutting down.");
        }

        return job.Done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IsRunning = true;
        stoppingToken.Register(() =>
        {
            IsRunning = false;
            queue.Writer.TryComplete();
        });
        var batch = new List<Job>(MaxBatch);
        // Not cancelled by stoppingToken: after the queue is completed, what is already in it is still written.
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
            var results = await SaveAsync(scope.ServiceProvider, [.. batch.Select(j => j.Item)]);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(results[i]);
            }
        }
        catch (Exception e) when (batch.Count > 1)
        {
            logger.LogWarning(e, "{Writer}: a batch of {Count} failed; writing them one by one.", GetType().Name, batch.Count);
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

    private sealed record Job(TItem Item, TaskCompletionSource<TResult> Done);
}
