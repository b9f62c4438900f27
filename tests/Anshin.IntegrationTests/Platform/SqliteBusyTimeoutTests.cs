using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Platform;

/// <summary>The SQLite settings are made once per native connection and stay when the pool hands it out again.</summary>
public sealed class SqliteBusyTimeoutTests
{
    [Fact]
    public async Task EveryOpenedConnection_WaitsForTheWriteLock_AndHasTheLargerCache()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        for (var i = 0; i < 5; i++)
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AnshinDbContext>();
            await db.Database.OpenConnectionAsync();
            try
            {
                Assert.Equal(30000, await Pragma(db, "PRAGMA busy_timeout"));
                Assert.Equal(-8192, await Pragma(db, "PRAGMA cache_size"));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static async Task<long> Pragma(AnshinDbContext db, [System.Diagnostics.CodeAnalysis.ConstantExpected] string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
#pragma warning disable CA2100 // a constant from the test above
        command.CommandText = sql;
#pragma warning restore CA2100
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
