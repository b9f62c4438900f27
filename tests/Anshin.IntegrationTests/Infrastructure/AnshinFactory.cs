using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Infrastructure;

/// <summary>The real app over HTTP on a real database; Production environment, so error handling is as deployed.</summary>
public sealed class AnshinFactory(TestDatabase database, IDictionary<string, string?>? overrides = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        var settings = Database.Settings();
        settings["Database:AutoMigrate"] = "true";
        settings["RateLimits:SignInPerWindow"] = "1000";
        settings["RateLimits:PostsPerWindow"] = "1000";
        settings["Logging:Console:FormatterName"] = "simple";
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>The Kestrel address when the app listens on a real port; clients then go through the socket.</summary>
    public Uri? KestrelAddress { get; set; }

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = KestrelAddress ?? new Uri("http://localhost"),
        });
}
