using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Anshin.Web.Platform.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock (<c>busy_timeout</c>) on every connection. Without it the driver retries a
/// busy database only every 150 ms, which under concurrent submissions turned a 5 ms write into a 150 ms one. Also gives
/// each connection an 8 MB page cache instead of SQLite's 2 MB: a search reads up to a thousand case rows, and with the
/// small cache every one was a system call copying the page again (the queue's statements took two to three times as
/// long). Pooled connections keep their cache between requests.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // The settings belong to the native connection, which the driver's pool hands out again and again: set them once
    // per native connection, not on every open (two statements a request were a tenth of a short read's time).
    private static readonly ConditionalWeakTable<object, object> Configured = new();
    private static readonly object Done = new();

    private static void Apply(DbConnection connection)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && Configured.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA cache_size = -8192;";
        command.ExecuteNonQuery();
        if (handle is not null)
        {
            Configured.AddOrUpdate(handle, Done);
        }
    }
}
