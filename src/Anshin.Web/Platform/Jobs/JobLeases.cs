using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Platform.Jobs;

/// <summary>
/// Lets exactly one application instance run a job at a time, across processes and machines sharing one database.
/// The take is a single conditional UPDATE, which both providers execute atomically.
/// </summary>
public sealed class JobLeases(AnshinDbContext db, TimeProvider clock)
{
    /// <summary>Who holds the lease: this object, so two runs in one process exclude each other as two instances do.</summary>
    private readonly string holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Takes the lease for <paramref name="duration"/>; false when another instance holds it.</summary>
    public async Task<bool> TryTakeAsync(string job, TimeSpan duration, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await db.Set<JobLease>().AnyAsync(l => l.Name == job, ct))
        {
            try
            {
                db.Add(new JobLease { Name = job, LeasedUntil = DateTime.MinValue.ToUniversalTime() });
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another instance created the row first; the update below decides who runs.
            }

            db.ChangeTracker.Clear();
        }

        var until = now + duration;
        var taken = await db.Set<JobLease>()
            .Where(l => l.Name == job && (l.Holder == null || l.LeasedUntil < now || l.Holder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.LeasedUntil, until), ct);
        return taken == 1;
    }

    /// <summary>Gives the lease back and records when the job last finished.</summary>
    public async Task ReleaseAsync(string job, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<JobLease>()
            .Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Holder, (string?)null)
                .SetProperty(l => l.LeasedUntil, now)
                .SetProperty(l => l.LastCompletedAt, now), ct);
    }
}
