namespace Anshin.BrowserTests.Infrastructure;

/// <summary>An app process of its own, for a test class whose walk must start from a first start (no shared state).</summary>
public sealed class FreshApp : IAsyncLifetime
{
    public AppProcess Process { get; } = new();

    public Task InitializeAsync() => Process.InitializeAsync();

    public Task DisposeAsync() => Process.DisposeAsync();
}
