using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Data;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Commands;

/// <summary>
/// <c>import-holidays FILE</c>: imports the Cabinet Office holiday CSV (syukujitsu.csv, as published) — the same
/// import as the admin page, for scripted updates.
/// </summary>
internal static class ImportHolidaysCommand
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var file = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (file is null || !File.Exists(file))
        {
            Console.Error.WriteLine("Usage: import-holidays FILE (the Cabinet Office syukujitsu.csv, Shift_JIS or UTF-8).");
            return 1;
        }

        DatabaseServices.EnsureDataDirectory(app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        using var scope = app.Services.CreateScope();
        var pending = await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().PendingAsync();
        if (pending.Count > 0)
        {
            Console.Error.WriteLine("The database schema is not up to date; run the migrate command first.");
            return 1;
        }

        await using var stream = File.OpenRead(file);
        var result = await scope.ServiceProvider.GetRequiredService<HolidayImporter>().ImportAsync(stream);
        if (result.Error is not null)
        {
            Console.Error.WriteLine($"{file} was not imported (nothing changed): {result.Error}");
            return 1;
        }

        Console.WriteLine($"Imported {result.Count} holidays for {result.FirstYear}–{result.LastYear}.");
        return 0;
    }
}
