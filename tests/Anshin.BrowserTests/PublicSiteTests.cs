using System.Text.RegularExpressions;
using Anshin.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anshin.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PublicSiteTests(AppProcess app, Chromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task HomePage_RendersInJapanese()
    {
        var page = await OpenPageAsync();
        var problems = await PageProblems.WatchAsync(page);

        await page.GotoAsync("/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        Assert.True(JapaneseText.IsIn(heading), $"The main heading is not Japanese: {heading}");
        await Expect(page.GetByRole(AriaRole.Contentinfo).GetByText(new Regex("^電話受付：.+（土日祝日・年末年始を除く）$")))
            .ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Banner)).ToHaveCSSAsync("background-color", "rgb(29, 92, 150)");
        Assert.Empty(problems.All);
    }

    [Fact]
    public async Task LanguageSwitch_ShowsEnglish_AndIsRemembered()
    {
        var page = await OpenPageAsync();
        var html = page.Locator("html");
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();

        await Expect(html).ToHaveAttributeAsync("lang", "en");
        var english = await heading.InnerTextAsync();
        Assert.False(JapaneseText.IsIn(english), $"The main heading is not English: {english}");
        Assert.Matches("[A-Za-z]", english);

        await page.GotoAsync("/calendar");

        await Expect(html).ToHaveAttributeAsync("lang", "en");
        Assert.False(JapaneseText.IsIn(await heading.InnerTextAsync()));

        await page.GetByRole(AriaRole.Link, new() { Name = "日本語", Exact = true }).ClickAsync();

        await Expect(html).ToHaveAttributeAsync("lang", "ja");
        await Expect(page).ToHaveURLAsync(new Regex("/calendar$"));
        Assert.True(JapaneseText.IsIn(await heading.InnerTextAsync()));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true })).ToBeVisibleAsync();
    }
}
