using Anshin.Web.Platform.Data;

namespace Anshin.Web.Platform.Commands;

/// <summary><c>migrate</c>: applies pending schema scripts; the production way to upgrade (ADR 0002).</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
        DatabaseServices.EnsureDataDirectory(options);
        using var scope = app.Services.CreateScope();
        var applied = await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        Console.WriteLine(applied.Count == 0
            ? $"The {options.Provider} database is up to date."
            : $"Applied to the {options.Provider} database: {string.Join(", ", applied)}");
        return 0;
    }
}
