using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Infrastructure;

/// <summary>One started app on its own fresh database; dispose to stop it and drop the database.</summary>
public sealed class TestApp : IAsyncDisposable
{
    private TestApp(TestDatabase database, AnshinFactory factory)
    {
        Database = database;
        Factory = factory;
    }

    public TestDatabase Database { get; }

    public AnshinFactory Factory { get; private set; }

    public static async Task<TestApp> StartAsync(DatabaseKind kind, IDictionary<string, string?>? overrides = null,
        Action<IServiceCollection>? services = null)
    {
        var database = await TestDatabase.CreateAsync(kind);
        var factory = new AnshinFactory(database, overrides, services);
        _ = factory.Server; // starts the host: migrations, demo content, first administrator
        return new TestApp(database, factory);
    }

    /// <summary>The app on a real Kestrel socket (for callers outside the test process, such as the mailgate).</summary>
    public static async Task<TestApp> StartOnPortAsync(DatabaseKind kind, int port, IDictionary<string, string?>? overrides = null)
    {
        var database = await TestDatabase.CreateAsync(kind);
        return new TestApp(database, StartFactoryOnPort(database, port, overrides));
    }

    /// <summary>Starts the app again on the same database and port, as after a restart.</summary>
    public async Task RestartOnPortAsync(int port, IDictionary<string, string?>? overrides = null)
    {
        await Factory.DisposeAsync();
        Factory = StartFactoryOnPort(Database, port, overrides);
    }

    private static AnshinFactory StartFactoryOnPort(TestDatabase database, int port, IDictionary<string, string?>? overrides = null)
    {
        var factory = new AnshinFactory(database, overrides) { KestrelAddress = new Uri($"http://127.0.0.1:{port}") };
        factory.UseKestrel(port);
        factory.StartServer();
        return factory;
    }

    /// <summary>Stops the app but keeps its database, so a new one can start on it.</summary>
    public async Task StopAsync() => await Factory.DisposeAsync();

    public HttpClient Client() => Factory.CreateBrowserLikeClient();

    public StaffBuilder Staff() => new(Factory);

    public async Task<T> WithDbAsync<T>(Func<AnshinDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AnshinDbContext>());
    }

    public Task<List<AuditEntry>> AuditAsync(string action) =>
        WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(e => e.Action == action).ToListAsync());

    public async Task<HttpClient> SignedInClientAsync(string userName)
    {
        var client = Client();
        var response = await client.SignInAsync(userName, StaffBuilder.Password);
        if (response.Location() != "/staff")
        {
            throw new InvalidOperationException($"sign-in of {userName} did not succeed: {(int)response.StatusCode} {response.Location()}");
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
