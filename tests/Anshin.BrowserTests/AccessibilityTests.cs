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
    [InlineData("/articles/top-threats-2024-organisations")]
    [InlineData("/navigator")]
    [InlineData("/navigator/fake-warning")]
    [InlineData("/navigator/fake-warning-remote-installed")]
    [InlineData("/navigator/fake-warning-called?lang=en")]
    [InlineData("/search?q=%E8%A9%90%E6%AC%BA")]
    [InlineData("/search?q=%E3%81%82%E3%81%84%E3%81%86%E3%81%88%E3%81%8A%E3%81%8B")]
    [InlineData("/contact")]
    [InlineData("/mail-news")]
    [InlineData("/calendar")]
    [InlineData("/statistics")]
    [InlineData("/statistics?culture=en")]
    [InlineData("/reports")]
    [InlineData("/sme")]
    [InlineData("/self-check")]
    [InlineData("/self-check/resume")]
    [InlineData("/security-action")]
    [InlineData("/security-action?culture=en")]
    [InlineData("/security-action/apply?level=2")]
    [InlineData("/security-action/policy")]
    [InlineData("/security-action/verify?id=12345678901")]
    [InlineData("/security-action/declarants")]
    [InlineData("/otasuketai")]
    [InlineData("/otasuketai?culture=en")]
    [InlineData("/otasuketai/services/1")]
    [InlineData("/otasuketai/standard")]
    [InlineData("/otasuketai/wizard?Answers.Pcs=5&Answers.Servers=1&Answers.Prefecture=13")]
    [InlineData("/otasuketai/compare?Answers.Pcs=5&Answers.Prefecture=13&ids=1&ids=2&ids=4")]
    [InlineData("/otasuketai/provider")]
    [InlineData("/otasuketai/provider/register")]
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
