using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Data;

public static class DatabaseServices
{
    /// <summary>Registers the data context on the provider named in configuration.</summary>
    public static IServiceCollection AddAnshinDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddDbContextPool<AnshinDbContext>((provider, builder) =>
            Configure(builder, provider.GetRequiredService<IOptions<DatabaseOptions>>().Value, provider.GetRequiredService<SqliteWriteGate>()));
        services.AddScoped<SchemaMigrator>();
        services.AddSingleton<SqliteWriteGate>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, SqliteWriteGate? writeGate = null)
    {
        var connectionString = options.ResolveConnectionString();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(PostgresConnectionDefaults.Apply(connectionString));
        }
        else
        {
            builder.UseSqlite(connectionString).AddInterceptors(SqliteBusyTimeout.Instance);
            if (writeGate is not null)
            {
                builder.AddInterceptors(new SqliteWriteGateInterceptor(writeGate));
            }
        }

        builder.AddInterceptors(Areas.Statistics.Ledger.StatisticsInterceptor.Instance);

        // Migrations are our own SQL scripts (ADR 0002), so EF's migration-drift warning does not apply.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>Creates the SQLite data folder before the first connection opens the file.</summary>
    public static void EnsureDataDirectory(DatabaseOptions options)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetFullPath(options.DataDirectory));
        }
    }
}
