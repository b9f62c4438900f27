using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Anshin.Web.Platform.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock (<c>busy_timeout</c>) on every connection. Without it the driver retries a
/// busy database only every 150 ms, which under concurrent submissions turned a 5 ms write into a 150 ms one.
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

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 30000;";
        command.ExecuteNonQuery();
    }
}
