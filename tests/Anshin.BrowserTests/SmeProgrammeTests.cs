using System.Text.RegularExpressions;
using Anshin.BrowserTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anshin.BrowserTests;

/// <summary>
/// A small firm on a phone: the diagnosis with its band and peers, a basic policy, a ★★ declaration confirmed from
/// the e-mail's link; then a reviewer verifies the ID.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SmeProgrammeTests(FreshApp fresh, Chromium chromium) : BrowserTest(fresh.Process, chromium), IClassFixture<FreshApp>
{
    [Fact]
    public async Task AFirmDiagnosesWritesItsPolicyAndDeclaresTwoStars_OnAPhone_AndAReviewerVerifiesTheId()
    {
        var page = await OpenPageAsync(phone: true);
        await page.GotoAsync("/sme");
        await page.GetByRole(AriaRole.Link, new() { Name = "自社診断", Exact = false }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/self-check$"));
        await page.Locator("form[action*=Start] button").ClickAsync();

        // The demo content holds more than ten manufacturers with 6–20 employees: peers are shown.
        await page.Locator("#industry").SelectOptionAsync("E");
        await page.Locator("input[name=SizeBand][value='2']").CheckAsync();
        await page.Locator("form button.primary").ClickAsync();
        for (var part = 1; part <= 3; part++)
        {
            await Expect(page).ToHaveURLAsync(new Regex($"/self-check/part/{part}$"));
            var questions = page.Locator("fieldset.question");
            var count = await questions.CountAsync();
            for (var i = 0; i < count; i++)
            {
                var number = int.Parse((await questions.Nth(i).GetAttributeAsync("id"))!["question-".Length..], System.Globalization.CultureInfo.InvariantCulture);
                await page.Locator($"input[name=q{number}][value={(number % 9 == 0 ? "p" : "d")}]").CheckAsync();
            }

            await page.Locator("button[value=next]").ClickAsync();
        }

        await Expect(page).ToHaveURLAsync(new Regex("/self-check/results/[0-9]+$"));
        await Expect(page.Locator("#score")).ToHaveTextAsync("96");
        await Expect(page.Locator("#band")).ToContainTextAsync("おおむね");
        await Expect(page.Locator("#peer-average")).ToBeVisibleAsync();
        await Expect(page.Locator("#resume-code")).ToHaveTextAsync(new Regex("^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$"));
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));

        await page.GotoAsync("/security-action/policy");
        await page.Locator("#policy-org").FillAsync("しおかぜ工業株式会社");
        await page.Locator("#policy-rep-title").FillAsync("代表取締役");
        await page.Locator("#policy-rep-name").FillAsync("潮風 一郎");
        await page.Locator("#policy-url").FillAsync("https://shiokaze.example.jp/security-policy");
        await page.Locator("form button.primary").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/security-action/policy/document$"));
        await Expect(page.Locator(".policy-section")).ToHaveCountAsync(5);
        await Expect(page.Locator(".policy-footer")).ToContainTextAsync("潮風 一郎");

        await page.GotoAsync("/security-action/apply?level=2");
        await Expect(page.Locator("#diagnosis-on-file")).ToBeVisibleAsync();
        await Expect(page.Locator("#policy-url")).ToHaveValueAsync("https://shiokaze.example.jp/security-policy");
        await page.Locator("#corporate-number").FillAsync("1180301018771");
        await page.Locator("#org-name").FillAsync("しおかぜ工業株式会社");
        await page.Locator("#org-kana").FillAsync("シオカゼコウギョウ");
        await page.Locator("#prefecture").SelectOptionAsync("23");
        await page.Locator("#address").FillAsync("名古屋市中区三の丸1-1");
        await page.Locator("#industry").SelectOptionAsync("E");
        await page.Locator("#employees").FillAsync("１５");
        await page.Locator("#contact-name").FillAsync("潮風 花子");
        await page.Locator("#contact-email").FillAsync("hanako@shiokaze.example.jp");
        foreach (var box in await page.Locator("#pledges input[type=checkbox]").AllAsync())
        {
            await box.CheckAsync();
        }

        await page.Locator("form button.primary").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/security-action/applied$"));

        await page.GotoAsync("/security-action/confirm?token=" + await ConfirmationTokenAsync("hanako@shiokaze.example.jp"));
        await page.Locator("form button.primary").ClickAsync();
        var id = (await page.Locator("#declaration-id").TextContentAsync())!;
        Assert.Matches("^[1-9][0-9]{10}$", id);
        await Expect(page.Locator("img.logo")).ToHaveAttributeAsync("src", "/security-action/logo/two-stars.svg");

        // A reviewer (staff) finds the declaration and a subsidy reviewer checks the ID on the public page.
        var staff = await OpenPageAsync();
        await StaffSignIn.FirstTimeAsync(staff, AppProcess.AdminUserName, App.OneTimePassword);
        await staff.GotoAsync($"/staff/security-action?q={id}");
        await staff.Locator("#staff-declarations tbody a").ClickAsync();
        await Expect(staff.Locator("#staff-status")).ToHaveTextAsync("有効");
        await staff.GotoAsync($"/security-action/verify?id={id}");
        await Expect(staff.Locator(".verification")).ToContainTextAsync("しおかぜ工業株式会社");
        await Expect(staff.Locator(".verification")).ToContainTextAsync("二つ星");
        await Expect(staff.Locator(".verification")).Not.ToContainTextAsync("hanako@");
    }

    private async Task<string> ConfirmationTokenAsync(string address)
    {
        await using var connection = new SqliteConnection($"Data Source={App.DatabaseFile};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Body" FROM "OutboxMessages" WHERE "Kind" = 'sa.confirm' AND "ToAddress" = $to ORDER BY "Id" DESC LIMIT 1""";
        command.Parameters.AddWithValue("$to", address);
        var body = (string)(await command.ExecuteScalarAsync())!;
        return body.Split("token=")[1][..64];
    }
}
