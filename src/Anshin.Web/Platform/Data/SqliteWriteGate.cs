using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Data;

/// <summary>
/// Queues this process's busiest write transactions (intake) for SQLite's single write lock in memory, first come first
/// served. SQLite's own wait for a busy lock sleeps and polls with growing pauses, so sixteen submissions arriving at
/// once used to spend most of their time asleep; here each waits exactly as long as the writer before it. On PostgreSQL,
/// which has row locks, the gate is open.
/// </summary>
public sealed class SqliteWriteGate(IOptions<DatabaseOptions> options) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly bool enabled = options.Value.Provider == DatabaseProvider.Sqlite;

    /// <summary>Waits for the turn to write; dispose the result to pass the turn on.</summary>
    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (!enabled)
        {
            return Turn.None;
        }

        await gate.WaitAsync(ct);
        return new Turn(gate);
    }

    public void Dispose() => gate.Dispose();

    private sealed class Turn(SemaphoreSlim? gate) : IDisposable
    {
        public static readonly Turn None = new(null);
        private SemaphoreSlim? held = gate;

        public void Dispose() => Interlocked.Exchange(ref held, null)?.Release();
    }
}
