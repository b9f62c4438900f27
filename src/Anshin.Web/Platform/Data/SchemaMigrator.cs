using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Platform.Data;

/// <summary>
/// Applies the versioned SQL scripts of the active provider's migrations assembly, each once, in name order,
/// inside a transaction, and records them in <c>__anshin_schema</c> (see docs/decisions/0002).
/// </summary>
public sealed class SchemaMigrator(AnshinDbContext db, ILogger<SchemaMigrator> logger)
{
    private const string HistoryTable = "__anshin_schema";

    /// <summary>Lock key for PostgreSQL so that several instances starting together migrate one at a time.</summary>
    private const long AdvisoryLockKey = 0x616E7368696E;

    public static IReadOnlyList<MigrationScript> ScriptsFor(DatabaseProvider provider)
    {
        var assembly = provider == DatabaseProvider.Postgres
            ? Anshin.Migrations.Postgres.MigrationScripts.Assembly
            : Anshin.Migrations.Sqlite.MigrationScripts.Assembly;
        return LoadScripts(assembly);
    }

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct = default)
    {
        await EnsureHistoryTableAsync(ct);
        var applied = await AppliedAsync(ct);
        return ScriptsFor(Provider).Where(s => !applied.ContainsKey(s.Version)).Select(s => s.Version).ToList();
    }

    /// <summary>Applies what is pending; returns the versions applied now.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        await EnsureHistoryTableAsync(ct);
        var done = new List<string>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct);
        }

        var applied = await AppliedAsync(ct);
        foreach (var script in ScriptsFor(Provider))
        {
            if (applied.TryGetValue(script.Version, out var checksum))
            {
                if (checksum != script.Checksum)
                {
                    throw new InvalidOperationException(
                        $"Migration {script.Version} was changed after it was applied (checksum differs). " +
                        "Applied migrations must never be edited; add a new script instead.");
                }

                continue;
            }

            logger.LogInformation("Applying migration {Version}", script.Version);
#pragma warning disable EF1002 // the SQL is our own embedded migration script, not user input
            // EF formats raw SQL like a format string; braces in script text (reply templates' placeholders) are literal.
            await db.Database.ExecuteSqlRawAsync(script.Sql.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), ct);
#pragma warning restore EF1002
            var now = DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"__anshin_schema\" (\"Version\", \"Checksum\", \"AppliedAt\") VALUES ({script.Version}, {script.Checksum}, {now})",
                ct);
            done.Add(script.Version);
        }

        await tx.CommitAsync(ct);
        return done;
    }

    private DatabaseProvider Provider =>
        db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    private Task EnsureHistoryTableAsync(CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(
            $"CREATE TABLE IF NOT EXISTS \"{HistoryTable}\" (\"Version\" varchar(200) PRIMARY KEY, \"Checksum\" varchar(64) NOT NULL, \"AppliedAt\" varchar(40) NOT NULL)",
            ct);

    private async Task<Dictionary<string, string>> AppliedAsync(CancellationToken ct)
    {
        var rows = await db.Database
            .SqlQuery<AppliedRow>($"SELECT \"Version\", \"Checksum\" FROM \"__anshin_schema\"")
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Version, r => r.Checksum, StringComparer.Ordinal);
    }

    private static List<MigrationScript> LoadScripts(Assembly assembly)
    {
        var prefix = assembly.GetName().Name + ".";
        return assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                var sql = reader.ReadToEnd();
                var version = n[prefix.Length..^".sql".Length];
                var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));
                return new MigrationScript(version, sql, checksum);
            })
            .ToList();
    }

    private sealed record AppliedRow(string Version, string Checksum);
}

/// <summary>One versioned schema script.</summary>
public sealed record MigrationScript(string Version, string Sql, string Checksum);
