using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Data;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Commands;

/// <summary>
/// <c>create-api-client NAME SCOPE… [--token-file PATH]</c>: creates a machine client (e.g. the mailgate with
/// <c>mail.inbound</c>) like the admin page does, for scripted set-ups. The token is written to the file (readable
/// by its owner only) or printed; it is shown this once, only its hash is kept.
/// </summary>
internal static class CreateApiClientCommand
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var tokenFile = args.SkipWhile(a => a != "--token-file").Skip(1).FirstOrDefault();
        var words = args.TakeWhile(a => a != "--token-file").ToList();
        var scopes = words.Skip(1).ToList();
        if (words.Count < 2 || scopes.Any(s => !ApiScopes.All.Contains(s)))
        {
            Console.Error.WriteLine($"Usage: create-api-client NAME SCOPE... [--token-file PATH]; scopes: {string.Join(", ", ApiScopes.All)}");
            return 1;
        }

        DatabaseServices.EnsureDataDirectory(app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        if ((await services.GetRequiredService<SchemaMigrator>().PendingAsync()).Count > 0)
        {
            Console.Error.WriteLine("The database schema is not up to date; run the migrate command first.");
            return 1;
        }

        var token = ApiTokenAuthenticationHandler.NewToken();
        var client = new ApiClient
        {
            Name = words[0],
            TokenHash = ApiTokenAuthenticationHandler.HashToken(token),
            TokenPrefix = token[..12],
            Scopes = string.Join(' ', scopes.Distinct()),
            CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            CreatedBy = "create-api-client",
        };
        var db = services.GetRequiredService<AnshinDbContext>();
        db.Add(client);
        await db.SaveChangesAsync();
        await services.GetRequiredService<AuditLog>().WriteAsync(AuditActions.ApiClientCreated, "apiclient:" + client.Id, detail: client.Scopes);
        if (tokenFile is null)
        {
            Console.WriteLine(token);
        }
        else
        {
            await File.WriteAllTextAsync(tokenFile, token + "\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(tokenFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            Console.WriteLine($"Created API client \"{client.Name}\" ({client.Scopes}); token written to {tokenFile}.");
        }

        return 0;
    }
}
