using System.Data.Common;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Hosting;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Commands;

/// <summary>
/// The process's entry: with no command it serves the site; <c>migrate</c>, <c>backup</c>, <c>restore</c>,
/// <c>import-holidays</c>, <c>create-api-client</c>, <c>schema-script</c>, <c>rebuild-statistics</c> and <c>import-statistics</c> are operator commands; <c>seed-consultations</c>, <c>seed-articles</c>, <c>seed-sme</c> and <c>seed-otasuketai</c> load synthetic data for benchmarks. Configuration and database problems end in one clear message.
/// </summary>
public static class CommandLine
{
    public static readonly IReadOnlyList<string> Commands = ["migrate", "backup", "restore", "import-holidays", "schema-script", "seed-consultations", "seed-articles", "seed-sme", "seed-otasuketai", "create-api-client", "rebuild-statistics", "import-statistics"];

    public static async Task<int> RunAsync(string[] args)
    {
        var command = args.Length > 0 && Commands.Contains(args[0]) ? args[0] : null;
        var rest = command is null ? args : args[1..];
        IConfiguration? configuration = null;
        try
        {
            var builder = WebApplication.CreateBuilder(rest);
            configuration = builder.Configuration;
            builder.AddAnshin();
            var app = builder.Build();
            return command switch
            {
                "migrate" => await MigrateCommand.RunAsync(app),
                "backup" => await BackupCommand.BackupAsync(app, rest),
                "restore" => await BackupCommand.RestoreAsync(app, rest),
                "import-holidays" => await ImportHolidaysCommand.RunAsync(app, rest),
                "schema-script" => SchemaScriptCommand.Run(app),
                "create-api-client" => await CreateApiClientCommand.RunAsync(app, rest),
                "seed-consultations" => await Areas.Desk.Commands.SeedConsultationsCommand.RunAsync(app, rest),
                "seed-articles" => await Areas.Knowledge.Commands.SeedArticlesCommand.RunAsync(app, rest),
                "seed-sme" => await Areas.SecurityAction.Commands.SeedSmeCommand.RunAsync(app, rest),
                "seed-otasuketai" => await Areas.Otasuketai.Commands.SeedOtasuketaiCommand.RunAsync(app, rest),
                "rebuild-statistics" => await Areas.Statistics.Commands.StatisticsCommands.RebuildAsync(app),
                "import-statistics" => await Areas.Statistics.Commands.StatisticsCommands.ImportAsync(app, rest),
                _ => await ServeAsync(app),
            };
        }
        catch (OptionsValidationException ex)
        {
            return Fail("Configuration is invalid / 設定に誤りがあります:", ex.Failures);
        }
        catch (StartupException ex)
        {
            return Fail("Anshin cannot start / 起動できません:", [ex.Message]);
        }
        catch (Exception ex) when (FindDbException(ex) is { } db)
        {
            return Fail("The database cannot be reached / データベースに接続できません:", [DescribeDatabase(configuration), db.Message]);
        }
    }

    private static async Task<int> ServeAsync(WebApplication app)
    {
        app.UseAnshin();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in app.Urls)
            {
                Console.WriteLine($"Anshin is running at {address}  (Ctrl+C to stop)");
            }
        });
        await app.RunAsync();
        return 0;
    }

    private static int Fail(string headline, IEnumerable<string> lines)
    {
        Console.Error.WriteLine(headline);
        foreach (var line in lines)
        {
            Console.Error.WriteLine("  - " + line);
        }

        return 1;
    }

    private static DbException? FindDbException(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is DbException db)
            {
                return db;
            }

            if (ex is AggregateException { InnerExceptions.Count: > 0 } agg && FindDbException(agg.InnerExceptions[0]) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    /// <summary>Where the failing database was looked for, from the same configuration the app used (no secrets).</summary>
    private static string DescribeDatabase(IConfiguration? config)
    {
        var options = config?.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return options.Provider == DatabaseProvider.Postgres
            ? "provider Postgres; check Database:ConnectionString (host, port, database, user) and that the server runs"
            : $"provider Sqlite; check that the folder {Path.GetFullPath(options.DataDirectory)} is writable";
    }
}
