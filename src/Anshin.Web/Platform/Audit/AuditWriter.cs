using System.Threading.Channels;
using Anshin.Web.Platform.Data;

namespace Anshin.Web.Platform.Audit;

/// <summary>
/// Group commit for stand-alone audit lines on SQLite (a case viewed, a search made): lines that arrive together are
/// saved in one transaction, and each caller continues only once its line is committed. Without it every staff read
/// paid a full commit of its own, one after another, and four consultants searching at once queued behind each
/// other's disk flushes. If a batch fails, its lines are retried one by one. Stopping the app finishes what is queued.
/// </summary>
public sealed class AuditWriter(IServiceScopeFactory scopes, ILogger<AuditWriter> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<Job> queue = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues one entry and completes when it is committed (or has failed).</summary>
    public Task WriteAsync(AuditEntry entry)
    {
        var job = new Job(entry, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(job))
        {
            throw new InvalidOperationException("The audit writer has stopped; the application is shutting down.");
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
            var db = scope.ServiceProvider.GetRequiredService<AnshinDbContext>();
            db.AddRange(batch.Select(j => j.Entry));
            await db.SaveChangesAsync(CancellationToken.None);
            foreach (var job in batch)
            {
                job.Done.TrySetResult();
            }
        }
        catch (Exception e) when (batch.Count > 1)
        {
            logger.LogWarning(e, "A batch of {Count} audit entries failed; writing them one by one.", batch.Count);
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

    private sealed record Job(AuditEntry Entry, TaskCompletionSource Done);
}
