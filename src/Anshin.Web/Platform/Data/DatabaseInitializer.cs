using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Data;

/// <summary>
/// Brings the database to the state the code expects before the first request: schema (auto-migration where
/// allowed, otherwise a refusal to start with pending migrations), demo content once, the first administrator.
/// </summary>
public sealed class DatabaseInitializer(
    AnshinDbContext db,
    SchemaMigrator migrator,
    FirstAdministrator firstAdministrator,
    IEnumerable<IDemoContent> demoContent,
    IOptions<DatabaseOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    private const string DemoSeededKey = "demo.seeded-at";

    /// <summary>Returns the first administrator's one-time password when one was created now.</summary>
    public async Task<(string UserName, string Password)?> InitializeAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        if (settings.ShouldAutoMigrate(environment.IsDevelopment()))
        {
            var applied = await migrator.MigrateAsync(ct);
            if (applied.Count > 0)
            {
                logger.LogInformation("Applied {Count} migration(s)", applied.Count);
            }
        }
        else
        {
            var pending = await migrator.PendingAsync(ct);
            if (pending.Count > 0)
            {
                throw new StartupException(
                    $"The database schema is behind this version ({pending.Count} migration(s) pending: {string.Join(", ", pending)}). " +
                    "Run the migrate command first: dotnet Anshin.Web.dll migrate (see README, Operations).");
            }
        }

        if (settings.SeedDemoContent && !await db.Set<SiteSetting>().AnyAsync(s => s.Key == DemoSeededKey, ct))
        {
            // One transaction: all of the demo content or none of it, and one commit instead of hundreds.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var content in demoContent.OrderBy(c => c.Order))
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                await content.SeedAsync(db, ct);
                logger.LogInformation("Seeded {Content} in {Ms} ms", content.GetType().Name, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            db.Add(new SiteSetting
            {
                Key = DemoSeededKey,
                Value = clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                UpdatedAt = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Demo content seeded");
        }

        return await firstAdministrator.EnsureAsync();
    }
}

/// <summary>A start-up problem the operator can fix; shown as a plain message, not a stack trace.</summary>
public sealed class StartupException(string message) : Exception(message);
