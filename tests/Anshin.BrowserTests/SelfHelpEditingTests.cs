using Anshin.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Anshin.BrowserTests;

/// <summary>Staff writing the self-help site: the live preview shows the sanitised page while they type.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SelfHelpEditingTests(FreshApp fresh, Chromium chromium) : BrowserTest(fresh.Process, chromium), IClassFixture<FreshApp>
{
    [Fact]
    public async Task LivePreview_ShowsTheSanitisedPageWhileTyping_InTheArticleAndNavigatorEditors()
    {
        var page = await OpenPageAsync();
        var problems = await PageProblems.WatchAsync(page);
        await StaffSignIn.FirstTimeAsync(page, AppProcess.AdminUserName, App.OneTimePassword);

        await page.GotoAsync("/staff/articles/edit");
        await page.GetByLabel("本文（Markdown）").FillAsync("## 手順\n\n1. ブラウザーを閉じる\n\n<script>alert(1)</script>");
        var preview = page.Locator("#live-preview .article-body");
        await Expect(preview.Locator("h2")).ToHaveTextAsync("手順");
        await Expect(preview.Locator("ol li")).ToHaveTextAsync("ブラウザーを閉じる");
        await Expect(preview.Locator("script")).ToHaveCountAsync(0);

        await page.GotoAsync("/staff/navigator/node?lang=ja&key=fake-warning-called");
        var body = page.GetByLabel("本文（Markdown）");
        await body.FillAsync("## 新しい見出し\n\n**落ち着いて**ください。");
        await Expect(page.Locator("#live-preview .article-body h2")).ToHaveTextAsync("新しい見出し");
        await Expect(page.Locator("#live-preview .article-body strong")).ToHaveTextAsync("落ち着いて");
        Assert.Empty(problems.All);
    }
}
