using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anshin.BrowserTests.Infrastructure;

/// <summary>Signing staff in through the pages, as a person does.</summary>
public static class StaffSignIn
{
    /// <summary>The password every test account is given after its first sign-in.</summary>
    public const string Password = "しずかな湖畔の森の影から2026";

    /// <summary>Signs in with a one-time password and sets <see cref="Password"/>, as the first sign-in requires.</summary>
    public static async Task FirstTimeAsync(IPage page, string userName, string oneTimePassword)
    {
        await page.GotoAsync("/staff/signin");
        await page.GetByLabel("ユーザー名またはメールアドレス", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("パスワード", new() { Exact = true }).FillAsync(oneTimePassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff/account/change-password$"));
        await page.GetByLabel("現在のパスワード", new() { Exact = true }).FillAsync(oneTimePassword);
        await page.GetByLabel("新しいパスワード", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("新しいパスワード（確認）", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "パスワードを変更する", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff$"));
    }
}
