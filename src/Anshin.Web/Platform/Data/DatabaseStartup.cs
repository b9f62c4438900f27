using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Data;

/// <summary>Runs <see cref="DatabaseInitializer"/> before the server takes requests, and prints a new admin password once.</summary>
internal sealed class DatabaseStartup(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        DatabaseServices.EnsureDataDirectory(options.Value);
        using var scope = scopes.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        if (created is { } admin)
        {
            // Printed to the console, never to the logs: it is a secret, shown this once.
            Console.WriteLine();
            Console.WriteLine("==================================================================");
            Console.WriteLine(" First administrator created / 初期管理者を作成しました");
            Console.WriteLine($"   user name / ユーザー名 : {admin.UserName}");
            Console.WriteLine($"   one-time password / 初回パスワード : {admin.Password}");
            Console.WriteLine(" Sign in at /staff/signin; you will be asked to choose a new password.");
            Console.WriteLine(" This password is shown only once. / このパスワードは一度だけ表示されます。");
            Console.WriteLine("==================================================================");
            Console.WriteLine();
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
