using Anshin.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Anshin.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(AppProcess app, Chromium chromium, ITestOutputHelper output) : BrowserTest(app, chromium)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/staff/signin")]
    [InlineData("/consult")]
    [InlineData("/articles")]
    [InlineData("/articles/fake-virus-warning")]
    [InlineData("/articles/fake-virus-warning?lang=en")]
    public async Task Page_HasNoSeriousWcagViolations(string path)
    {
        var page = await OpenPageAsync(bypassCsp: true);
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var violations = await Axe.WcagViolationsAsync(page);

        foreach (var minor in violations.Where(v => !v.IsSeriousOrCritical))
        {
            output.WriteLine($"axe-core, not failing the test: {minor}");
        }

        var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
        Assert.True(serious.Count == 0, $"axe-core found on {path}:\n{string.Join("\n", serious)}");
    }
}
