using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Anshin.IntegrationTests.Platform;

public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void AutoPreparation_IsAdded_WhenTheOperatorSaidNothing()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Database=anshin;Username=desk"));

        Assert.Equal(PostgresConnectionDefaults.MaxAutoPrepare, applied.MaxAutoPrepare);
        Assert.Equal(PostgresConnectionDefaults.AutoPrepareMinUsages, applied.AutoPrepareMinUsages);
        Assert.Equal("db", applied.Host);
        Assert.Equal("anshin", applied.Database);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0, 5)]
    [InlineData("Host=db;maxautoprepare=7;Auto Prepare Min Usages=9", 7, 9)]
    public void TheOperatorsOwnSetting_IsKept(string connectionString, int maxAutoPrepare, int minUsages)
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(connectionString));

        Assert.Equal(maxAutoPrepare, applied.MaxAutoPrepare);
        Assert.Equal(minUsages, applied.AutoPrepareMinUsages);
    }

    [Fact]
    public async Task TheAppsConnections_PrepareAStatementTheyRunRepeatedly()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Postgres, new Dictionary<string, string?> { ["Database:SeedDemoContent"] = "false" });

        var prepared = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            for (var i = 0; i < 3; i++)
            {
                await db.Database.SqlQuery<int>($"SELECT {i} + 40 AS \"Value\"").ToListAsync();
            }

            return await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%+ 40 AS%'").SingleAsync();
        });

        Assert.Equal(1, prepared);
    }
}
