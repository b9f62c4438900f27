using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Platform.Commands;

/// <summary>
/// <c>schema-script</c>: prints the DDL EF would create for the current model on the configured provider — the
/// starting point when writing the next migration script by hand (ADR 0002).
/// </summary>
internal static class SchemaScriptCommand
{
    public static int Run(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        Console.WriteLine(scope.ServiceProvider.GetRequiredService<AnshinDbContext>().Database.GenerateCreateScript());
        return 0;
    }
}
