using Anshin.Web.Areas.Desk.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Anshin.Web.Areas.Statistics.Ledger;

/// <summary>
/// Writes the <see cref="Model.CountDelta"/>s of every consultation added, changed or deleted through the change tracker
/// into the same <c>SaveChanges</c>, so the counts can never disagree with the cases they come from. Writes that bypass
/// the change tracker (the intake's multi-row INSERT) add their deltas themselves.
/// </summary>
public sealed class StatisticsInterceptor : SaveChangesInterceptor
{
    private static readonly AsyncLocal<bool> Suspended = new();

    public static StatisticsInterceptor Instance { get; } = new();

    /// <summary>
    /// Stops counting in this async flow until disposed: for bulk loads (synthetic data) that rebuild the counts
    /// afterwards instead.
    /// </summary>
    public static IDisposable Suspend()
    {
        Suspended.Value = true;
        return new Resume();
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddDeltas(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddDeltas(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void AddDeltas(DbContext? context)
    {
        if (context is null || Suspended.Value)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        // A save that failed and is tried again must not count its changes twice.
        foreach (var stale in context.ChangeTracker.Entries<Model.CountDelta>().Where(e => e.State == EntityState.Added).ToList())
        {
            stale.State = EntityState.Detached;
        }

        var deltas = new List<Model.CountDelta>();
        foreach (var entry in context.ChangeTracker.Entries<Consultation>())
        {
            var (before, after) = entry.State switch
            {
                EntityState.Added => (null, CaseFacts.From(entry.Entity)),
                EntityState.Deleted => (CaseFacts.From((Consultation)entry.OriginalValues.ToObject()), null),
                EntityState.Modified => (CaseFacts.From((Consultation)entry.OriginalValues.ToObject()), CaseFacts.From(entry.Entity)),
                _ => ((CaseFacts?)null, (CaseFacts?)null),
            };
            if (before != after)
            {
                deltas.AddRange(CaseFacts.Changes(before, after));
            }
        }

        if (deltas.Count > 0)
        {
            context.AddRange(deltas.GroupBy(d => (d.Dimension, d.Day, d.Key))
                .Select(g => new Model.CountDelta { Dimension = g.Key.Dimension, Day = g.Key.Day, Key = g.Key.Key, Change = g.Sum(d => d.Change) })
                .Where(d => d.Change != 0));
        }
    }

    private sealed class Resume : IDisposable
    {
        public void Dispose() => Suspended.Value = false;
    }
}
