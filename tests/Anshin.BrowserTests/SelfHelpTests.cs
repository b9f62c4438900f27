using System.Text.RegularExpressions;
using Anshin.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anshin.BrowserTests;

/// <summary>
/// The self-help site as a frightened person uses it: on a phone, perhaps with script off, from the home page through
/// the navigator's questions to the advice, and on to the consultation form with what they answered.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SelfHelpTests(AppProcess app, Chromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task FakeWarningPath_OnAPhoneWithoutScript_ReachesThePrefilledConsultationForm()
    {
        var page = await OpenPageAsync(javaScript: false, phone: true);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "「ウイルスに感染しています」という警告が出た", Exact = true }).ClickAsync();
        var called = page.GetByRole(AriaRole.Link, new() { Name = "電話をかけた", Exact = true });
        var box = await called.BoundingBoxAsync();
        Assert.True(box is { Height: >= 44 } && box.Width >= 300, $"The answer is too small to tap on a phone: {box?.Width}×{box?.Height}");
        await called.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "ソフトを入れた・遠隔操作させた", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("遠隔操作ソフトを入れてしまった場合");
        await Expect(page.Locator(".article-body")).ToContainTextAsync("アンインストール");
        await page.GetByRole(AriaRole.Link, new() { Name = "解決しない場合は相談する", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/consult\\?symptom="));
        await Expect(page.Locator("main")).ToContainTextAsync("「ウイルスに感染しています」という警告が出た");
        await Expect(page.Locator("input[name='Input.NavigatorPath']")).ToHaveValueAsync(
            "「ウイルスに感染しています」という警告が出た › 電話をかけた › ソフトを入れた・遠隔操作させた");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The consultation form scrolls sideways on a phone.");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/navigator")]
    [InlineData("/navigator/fake-warning-paid")]
    [InlineData("/articles")]
    [InlineData("/articles/top-threats-2025-individuals")]
    [InlineData("/contact")]
    [InlineData("/mail-news")]
    [InlineData("/navigator?lang=en")]
    public async Task PublicPage_WorksWithoutScript(string path)
    {
        var page = await OpenPageAsync(javaScript: false);
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "サイト内メニュー" }).Or(page.GetByRole(AriaRole.Navigation, new() { Name = "Site menu" }))).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Search_WithoutScript_FindsATwoCharacterWord_WithTheMatchesMarked()
    {
        var page = await OpenPageAsync(javaScript: false);
        await page.GotoAsync("/");

        await page.GetByLabel("言葉で探す").FillAsync("ｻﾎﾟｰﾄ　詐欺");
        await page.GetByLabel("言葉で探す").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/search\\?q="));
        var results = page.Locator(".search-results > li");
        Assert.True(await results.CountAsync() > 0, "No results for サポート 詐欺.");
        await Expect(results.First.Locator("mark").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task EveryPage_CanBeWalkedWithTheKeyboard_WithAVisibleFocus()
    {
        var page = await OpenPageAsync();
        await page.GotoAsync("/navigator/fake-warning");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveClassAsync("skip-link");
        await page.Keyboard.PressAsync("Enter");
        for (var i = 0; i < 40 && !await page.EvaluateAsync<bool>("() => document.activeElement?.classList.contains('choice') ?? false"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/navigator/fake-warning-"));
    }
}
