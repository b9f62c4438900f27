using System.Text.RegularExpressions;
using Anshin.BrowserTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anshin.BrowserTests;

/// <summary>
/// A provider registers, fills an application, sees the live check fail on its price, fixes it and submits; a reviewer
/// registers the service; a small firm finds it with the wizard and its monthly estimate.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OtasuketaiTests(FreshApp fresh, Chromium chromium) : BrowserTest(fresh.Process, chromium), IClassFixture<FreshApp>
{
    private const string ServiceName = "みさき端末見守りサービス";

    [Fact]
    public async Task AProviderFixesALiveFailureOnPrice_AReviewerRegistersTheService_AndAFirmFindsItWithTheWizard()
    {
        var provider = await OpenPageAsync();
        await provider.GotoAsync("/otasuketai");
        await provider.GetByRole(AriaRole.Link, new() { Name = "事業者の方へ", Exact = false }).First.ClickAsync();
        await provider.GetByRole(AriaRole.Link, new() { Name = "事業者の登録" }).ClickAsync();
        await provider.Locator("#p-name").FillAsync("みさきセキュリティ株式会社（架空）");
        await provider.Locator("#p-number").FillAsync("７１２３４５６７８９０１２");
        await provider.Locator("#p-prefecture").SelectOptionAsync("47");
        await provider.Locator("#p-address").FillAsync("那覇市架空町1-1");
        await provider.Locator("#p-website").FillAsync("https://misaki.example.jp/");
        await provider.Locator("#p-contact").FillAsync("岬 次郎");
        await provider.Locator("#p-phone").FillAsync("098-000-0000");
        await provider.Locator("#p-email").FillAsync("jiro@misaki.example.jp");
        await provider.Locator("#p-password").FillAsync("うみかぜのふくおかで2026");
        await provider.GetByRole(AriaRole.Button, new() { Name = "事業者として登録する" }).ClickAsync();
        await Expect(provider.Locator("#confirmation-sent")).ToBeVisibleAsync();

        await provider.GotoAsync(await LinkAsync("jiro@misaki.example.jp"));
        await provider.GetByRole(AriaRole.Button, new() { Name = "サインインする" }).ClickAsync();
        await Expect(provider).ToHaveURLAsync(new Regex("/otasuketai/provider$"));
        await provider.GetByRole(AriaRole.Link, new() { Name = "新しいサービスを申請する" }).ClickAsync();

        await provider.Locator("#s-name").FillAsync(ServiceName);
        await provider.Locator("#s-description").FillAsync("EDRで端末を24時間見守り、異常があれば電話でお知らせします。");
        await provider.Locator("input[name='Input.Type'][value=Endpoint]").CheckAsync();
        await provider.Locator("input[name='Input.Nationwide']").CheckAsync();
        await provider.Locator("input[name='Input.DeskChannels'][value=Phone]").CheckAsync();
        await provider.Locator("#s-desk-hours").FillAsync("平日 9:00〜17:00");
        await provider.Locator("input[name='Input.MonitorsEndpoints']").CheckAsync();
        await provider.Locator("input[name='Input.Monitoring24Hours']").CheckAsync();
        await provider.Locator("#s-scope").FillAsync("PCの不審な動き");
        await provider.Locator("input[name='Input.Notification'][value=Phone]").CheckAsync();
        await provider.Locator("input[name='Input.OnSiteSupport']").CheckAsync();
        await provider.Locator("input[name='Input.OnSiteNationwide']").CheckAsync();
        await provider.Locator("#s-response").FillAsync("24");
        await provider.Locator("input[name='Input.HasInsurance']").CheckAsync();
        await provider.Locator("input[name='Input.InsuranceCoversFirstResponse']").CheckAsync();
        await provider.Locator("#s-insurer").FillAsync("架空損害保険");
        await provider.Locator("#s-limit").FillAsync("1,000,000");
        await provider.Locator("input[name='Input.SetupByProvider']").CheckAsync();
        await provider.Locator("input[name='Input.SupportsServers']").CheckAsync();
        await provider.Locator("#s-minimumdevices").FillAsync("1");
        await provider.Locator("#s-perdevicemonthly").FillAsync("2,200");

        var price = provider.Locator("#live-check [data-requirement='price-endpoint']");
        await Expect(price).ToHaveAttributeAsync("data-outcome", "Fail");
        await Expect(price).ToContainTextAsync("¥2,200");
        await provider.Locator("#s-perdevicemonthly").FillAsync("１，９００");
        await Expect(price).ToHaveAttributeAsync("data-outcome", "Pass");
        await Expect(provider.Locator("#live-check .check-overall")).ToHaveAttributeAsync("data-outcome", "Pass");
        await provider.GetByRole(AriaRole.Button, new() { Name = "審査に提出する" }).ClickAsync();
        await Expect(provider).ToHaveURLAsync(new Regex("/otasuketai/provider/services/[0-9]+$"));
        await Expect(provider.Locator("#service-status [data-status]")).ToHaveAttributeAsync("data-status", "Submitted");
        var serviceUrl = provider.Url;

        var reviewer = await OpenPageAsync();
        await StaffSignIn.FirstTimeAsync(reviewer, AppProcess.AdminUserName, App.OneTimePassword);
        await reviewer.GotoAsync("/staff/otasuketai");
        await reviewer.Locator("#review-queue").GetByRole(AriaRole.Link, new() { Name = ServiceName }).ClickAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "審査を始める" }).ClickAsync();
        await reviewer.Locator("#review-comment").FillAsync("基準をすべて満たしています。");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "登録する", Exact = true }).ClickAsync();
        await Expect(reviewer.Locator("#service-status [data-status]")).ToHaveAttributeAsync("data-status", "Registered");

        await provider.GotoAsync(serviceUrl);
        await Expect(provider.Locator("#service-status")).ToContainTextAsync(new Regex("OT-[0-9]{4}-[0-9]{4}"));

        var firm = await OpenPageAsync(phone: true);
        await firm.GotoAsync("/otasuketai/wizard");
        await firm.Locator("#w-pcs").FillAsync("8");
        await firm.Locator("#w-servers").FillAsync("1");
        await firm.Locator("#w-prefecture").SelectOptionAsync("47");
        await firm.Locator("input[name='Answers.Device'][value=no]").CheckAsync();
        await firm.GetByRole(AriaRole.Button, new() { Name = "サービスを探す" }).ClickAsync();
        var match = firm.Locator("#matches .match-list > li").Filter(new() { HasText = ServiceName });
        await Expect(match).ToHaveCountAsync(1);
        await Expect(match.Locator(".match-cost")).ToContainTextAsync("¥17,100");
        Assert.Equal(0, await firm.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));
    }

    private async Task<string> LinkAsync(string address)
    {
        await using var connection = new SqliteConnection($"Data Source={App.DatabaseFile};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Body" FROM "OutboxMessages" WHERE "Kind" = 'sme.link' AND "ToAddress" = $to ORDER BY "Id" DESC LIMIT 1""";
        command.Parameters.AddWithValue("$to", address);
        var body = (string)(await command.ExecuteScalarAsync())!;
        return Regex.Match(body, @"/self-check/link\?\S+").Value;
    }
}
