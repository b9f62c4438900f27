using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Anshin.Web.Platform.Data;

/// <summary>
/// Sends every stand-alone <c>SaveChanges</c> on SQLite (an audit line, a rate-limit counter, a small edit) through the
/// <see cref="SqliteWriteGate"/>, so this process's writers take turns in memory instead of in SQLite's sleeping busy
/// handler. A save inside an explicit transaction is left alone: whoever began the transaction decides.
/// </summary>
internal sealed class SqliteWriteGateInterceptor(SqliteWriteGate gate) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, IDisposable> turns = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            turns.AddOrUpdate(context, await gate.EnterAsync(cancellationToken));
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            turns.AddOrUpdate(context, gate.EnterAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult());
        }

        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    private void Release(DbContext? context)
    {
        if (context is not null && turns.TryGetValue(context, out var turn))
        {
            turns.Remove(context);
            turn.Dispose();
        }
    }
}
