using System.Text.RegularExpressions;
using Anshin.BrowserTests.Infrastructure;
using Anshin.Core.Security;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anshin.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class StaffSignInTests(AppProcess app, Chromium chromium) : BrowserTest(app, chromium)
{
    private const string NewPassword = "しずかな湖畔の森の影から2026";

    [Fact]
    public async Task Admin_SignsInWithOneTimePassword_ChangesIt_EnrolsTotp_AndSignsInWithCode()
    {
        var page = await OpenPageAsync();
        var welcome = page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "お疲れさまです" });

        await SignInAsync(page, AppProcess.AdminUserName, App.OneTimePassword);

        await Expect(page).ToHaveURLAsync(new Regex("/staff/account/change-password$"));
        await page.GetByLabel("現在のパスワード", new() { Exact = true }).FillAsync(App.OneTimePassword);
        await page.GetByLabel("新しいパスワード", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("新しいパスワード（確認）", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "パスワードを変更する", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/staff$"));
        await Expect(welcome).ToBeVisibleAsync();

        await page.GotoAsync("/staff/account/two-factor");
        var totp = new Totp(Base32.Decode(await page.GetByTestId("totp-key").InnerTextAsync()));
        var enrolledAt = DateTimeOffset.UtcNow;
        await page.GetByLabel("確認コード（6桁）", new() { Exact = true }).FillAsync(totp.Compute(enrolledAt));
        await page.GetByRole(AriaRole.Button, new() { Name = "2段階認証を有効にする", Exact = true }).ClickAsync();

        await Expect(page.GetByText("2段階認証は有効です。", new() { Exact = true })).ToBeVisibleAsync();
        var recoveryCodes = page.GetByRole(AriaRole.List, new() { Name = "リカバリーコード", Exact = true }).GetByRole(AriaRole.Listitem);
        Assert.True(await recoveryCodes.CountAsync() > 0, "No recovery codes are shown after enrolment.");
        Assert.All(await recoveryCodes.AllInnerTextsAsync(), code => Assert.False(string.IsNullOrWhiteSpace(code)));

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^サインアウト") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff/signin$"));

        await SignInAsync(page, AppProcess.AdminUserName, NewPassword);

        await Expect(page).ToHaveURLAsync(new Regex("/staff/signin/two-factor"));
        var code = await CodeAfterAsync(totp, enrolledAt);
        await page.GetByLabel("確認コード（6桁）", new() { Exact = true }).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "確認する", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/staff$"));
        await Expect(welcome).ToBeVisibleAsync();
    }

    [Fact]
    public async Task StaffPages_AreDistinctFromPublicSite()
    {
        var page = await OpenPageAsync();
        var badge = page.GetByText("スタッフ用", new() { Exact = true });
        var robots = page.Locator("meta[name=robots]");

        await page.GotoAsync("/staff/signin");

        await Expect(badge).ToBeVisibleAsync();
        await Expect(robots).ToHaveAttributeAsync("content", new Regex("noindex"));
        await Expect(page.GetByLabel("ユーザー名またはメールアドレス", new() { Exact = true })).ToBeVisibleAsync();

        await page.GotoAsync("/");

        await Expect(badge).ToHaveCountAsync(0);
        await Expect(robots).ToHaveCountAsync(0);
    }

    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/staff/signin");
        await page.GetByLabel("ユーザー名またはメールアドレス", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("パスワード", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン", Exact = true }).ClickAsync();
    }

    /// <summary>
    /// A code from a later time step than <paramref name="used"/>: the app refuses a second use of a step's code,
    /// so a sign-in right after enrolment waits for the next 30-second step.
    /// </summary>
    private static async Task<string> CodeAfterAsync(Totp totp, DateTimeOffset used)
    {
        var usedStep = totp.TimeStep(used);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(35);
        while (totp.TimeStep(DateTimeOffset.UtcNow) <= usedStep)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The TOTP time step did not advance.");
            await Task.Delay(250);
        }

        return totp.Compute(DateTimeOffset.UtcNow);
    }
}
