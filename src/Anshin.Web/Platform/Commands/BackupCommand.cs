using Anshin.Web.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Commands;

/// <summary>
/// <c>backup FILE</c> copies the SQLite database with SQLite's online backup (safe while the site runs);
/// <c>restore FILE</c> checks a backup and puts it in place (stop the site first). For PostgreSQL both print the
/// pg_dump / pg_restore commands to use, because the database server owns that job.
/// </summary>
internal static class BackupCommand
{
    public static Task<int> BackupAsync(WebApplication app, string[] args)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.Provider == DatabaseProvider.Postgres)
        {
            return Task.FromResult(PostgresGuidance());
        }

        var target = args.FirstOrDefault(a => !a.StartsWith('-'))
            ?? Path.Combine(Path.GetFullPath(options.DataDirectory), "backups",
                $"anshin-{DateTime.UtcNow:yyyyMMdd'T'HHmmss'Z'}.db".Replace(':', '-'));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        if (File.Exists(target))
        {
            Console.Error.WriteLine($"{target} exists already; choose a new file name.");
            return Task.FromResult(1);
        }

        using (var source = new SqliteConnection(options.ResolveConnectionString()))
        using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
        {
            source.Open();
            destination.Open();
            source.BackupDatabase(destination);
        }

        SqliteConnection.ClearAllPools();
        Console.WriteLine($"Backup written to {Path.GetFullPath(target)}");
        return Task.FromResult(0);
    }

    public static Task<int> RestoreAsync(WebApplication app, string[] args)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.Provider == DatabaseProvider.Postgres)
        {
            return Task.FromResult(PostgresGuidance());
        }

        var file = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (file is null || !File.Exists(file))
        {
            Console.Error.WriteLine("Usage: restore BACKUP-FILE (an existing file written by the backup command).");
            return Task.FromResult(1);
        }

        var problem = CheckBackup(file);
        if (problem is not null)
        {
            Console.Error.WriteLine($"{file} is not a usable Anshin backup: {problem}. Nothing was changed.");
            return Task.FromResult(1);
        }

        var live = new SqliteConnectionStringBuilder(options.ResolveConnectionString()).DataSource;
        DatabaseServices.EnsureDataDirectory(options);
        if (File.Exists(live))
        {
            var keep = $"{live}.before-restore-{DateTime.UtcNow:yyyyMMddHHmmss}";
            Copy(live, keep);
            Console.WriteLine($"The current database was saved as {keep}");
        }

        Copy(file, live);
        Console.WriteLine($"Restored {file} into {live}. Start Anshin again.");
        return Task.FromResult(0);
    }

    private static string? CheckBackup(string file)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = file,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ToString());
            connection.Open();
            using var integrity = connection.CreateCommand();
            integrity.CommandText = "PRAGMA integrity_check";
            if (integrity.ExecuteScalar() as string != "ok")
            {
                return "the integrity check failed";
            }

            using var schema = connection.CreateCommand();
            schema.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = '__anshin_schema'";
            return Convert.ToInt64(schema.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1
                ? null
                : "it has no Anshin schema history";
        }
        catch (SqliteException ex)
        {
            return ex.Message;
        }
    }

    private static void Copy(string from, string to)
    {
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = from, Pooling = false }.ToString());
        using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = to, Pooling = false }.ToString());
        source.Open();
        destination.Open();
        source.BackupDatabase(destination);
    }

    private static int PostgresGuidance()
    {
        Console.WriteLine("""
            Anshin runs on PostgreSQL here: use the server's own tools, which back up consistently while the site runs.
              backup : pg_dump --format=custom --file=anshin-$(date +%Y%m%d).dump "$CONNECTION_URI"
              restore: stop every Anshin instance, then
                       pg_restore --clean --if-exists --no-owner --dbname="$CONNECTION_URI" anshin-YYYYMMDD.dump
                       and run the migrate command before starting again.
            See README, Operations.
            """);
        return 2;
    }
}
