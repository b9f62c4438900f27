using Anshin.IntegrationTests.Infrastructure;

namespace Anshin.IntegrationTests.Platform;

public sealed class OperatorCommandTests
{
    [Fact]
    public async Task InvalidConfiguration_StopsWithAClearMessage_NotAStackTrace()
    {
        var result = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = "",
        });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Configuration is invalid", result.Error, StringComparison.Ordinal);
        Assert.Contains("Database:ConnectionString is required", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableDatabase_StopsWithAClearMessage()
    {
        var result = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = $"Host=127.0.0.1;Port={AppProcess.FreePort()};Username=anshin;Password=secret-value;Database=anshin;Timeout=3",
        });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("The database cannot be reached", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", result.Error + result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstStart_PrintsTheAdministratorPasswordOnce_AndKeepsData()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var environment = new Dictionary<string, string> { ["Database__DataDirectory"] = database.Directory };

        var first = await AppProcess.ServeOnceAsync(environment);
        var second = await AppProcess.ServeOnceAsync(environment);

        Assert.Matches(@"one-time password / 初回パスワード : [A-Za-z0-9]{20}", first);
        Assert.Contains("Anshin is running at http://127.0.0.1:", first, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(database.Directory, "anshin.db")));
        Assert.DoesNotContain("one-time password", second, StringComparison.Ordinal);
        Assert.Contains("Anshin is running at", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_InProduction_RefusesToStartWithPendingMigrations_UntilMigrateRuns()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Postgres);
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = database.ConnectionString,
        };

        var refused = await AppProcess.RunAsync(environment);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("migration(s) pending", refused.Error, StringComparison.Ordinal);

        var migrate = await AppProcess.RunAsync(environment, "migrate");
        Assert.Equal(0, migrate.ExitCode);
        Assert.Contains("0001_initial", migrate.Output, StringComparison.Ordinal);
        Assert.Contains("up to date", (await AppProcess.RunAsync(environment, "migrate")).Output, StringComparison.Ordinal);

        Assert.Contains("Anshin is running at", await AppProcess.ServeOnceAsync(environment), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_And_Restore_RoundTripTheSqliteDatabase()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var environment = new Dictionary<string, string> { ["Database__DataDirectory"] = database.Directory };
        Assert.Equal(0, (await AppProcess.RunAsync(environment, "migrate")).ExitCode);

        var file = Path.Combine(database.Directory, "backup.db");
        var backup = await AppProcess.RunAsync(environment, "backup", file);
        Assert.Equal(0, backup.ExitCode);
        Assert.True(new FileInfo(file).Length > 0);

        var junk = Path.Combine(database.Directory, "junk.db");
        await File.WriteAllTextAsync(junk, "this is not a database");
        var refused = await AppProcess.RunAsync(environment, "restore", junk);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Nothing was changed", refused.Error, StringComparison.Ordinal);

        var restore = await AppProcess.RunAsync(environment, "restore", file);
        Assert.Equal(0, restore.ExitCode);
        Assert.Contains("before-restore", restore.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_OnPostgres_GivesPgDumpGuidance()
    {
        var result = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = "Host=127.0.0.1;Database=anshin",
        }, "backup");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pg_dump", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportHolidays_Command_ImportsTheOfficialCsv_AndRejectsBrokenFiles()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var environment = new Dictionary<string, string> { ["Database__DataDirectory"] = database.Directory };
        Assert.Equal(0, (await AppProcess.RunAsync(environment, "migrate")).ExitCode);

        var official = Path.Combine(database.Directory, "syukujitsu.csv");
        await File.WriteAllBytesAsync(official, System.Text.Encoding.GetEncoding(932).GetBytes(
            "国民の祝日・休日月日,国民の祝日・休日名称\r\n2028/1/1,元日\r\n2028/1/10,成人の日\r\n"));
        var imported = await AppProcess.RunAsync(environment, "import-holidays", official);
        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("Imported 2 holidays for 2028", imported.Output, StringComparison.Ordinal);

        var broken = Path.Combine(database.Directory, "broken.csv");
        await File.WriteAllTextAsync(broken, "2028/02/30,ありえない日\n");
        var refused = await AppProcess.RunAsync(environment, "import-holidays", broken);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("nothing changed", refused.Error, StringComparison.Ordinal);
    }
}
