using Npgsql;

// Database names here are generated GUIDs, never input.
#pragma warning disable CA2100

namespace Anshin.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test: a SQLite file in a temp folder, or a new database on the PostgreSQL
/// cluster that test.sh starts (ANSHIN_TEST_POSTGRES). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseKind kind, string connectionString, string directory, string? postgresName)
    {
        Kind = kind;
        ConnectionString = connectionString;
        Directory = directory;
        PostgresName = postgresName;
    }

    public DatabaseKind Kind { get; }

    public string ConnectionString { get; }

    /// <summary>A temp folder owned by this test (SQLite file, backups).</summary>
    public string Directory { get; }

    public string? PostgresName { get; }

    public static string PostgresAdminConnectionString =>
        Environment.GetEnvironmentVariable("ANSHIN_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "ANSHIN_TEST_POSTGRES is not set. Run ./test.sh, which starts a throwaway PostgreSQL cluster for the tests.");

    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        var directory = Path.Combine(Path.GetTempPath(), "anshin-it-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        if (kind == DatabaseKind.Sqlite)
        {
            return new TestDatabase(kind, $"Data Source={Path.Combine(directory, "anshin.db")}", directory, null);
        }

        var name = "anshin_it_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(PostgresAdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresAdminConnectionString) { Database = name };
        return new TestDatabase(kind, builder.ConnectionString, directory, name);
    }

    public Dictionary<string, string?> Settings() => new()
    {
        ["Database:Provider"] = Kind.ToString(),
        ["Database:ConnectionString"] = ConnectionString,
        ["Database:DataDirectory"] = Directory,
    };

    /// <summary>Drops the PostgreSQL database now, cutting every connection (used to simulate an outage).</summary>
    public async Task DropAsync()
    {
        if (PostgresName is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresAdminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{PostgresName}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await DropAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // a file still open by a finishing host; the OS temp cleaner takes it
        }
    }
}
