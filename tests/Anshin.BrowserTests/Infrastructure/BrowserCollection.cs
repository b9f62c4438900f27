namespace Anshin.BrowserTests.Infrastructure;

/// <summary>One app process and one Chromium for all browser tests; the tests in it run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<AppProcess>, ICollectionFixture<Chromium>
{
    public const string Name = "Browser";
}
