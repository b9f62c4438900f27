using System.Text.RegularExpressions;
using Anshin.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anshin.BrowserTests;

/// <summary>
/// A day at the desk, end to end: a citizen asks with a screenshot, a consultant finds the case by a two-character
/// word and answers with a template, a supervisor approves, and the case is answered.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DeskWalkTests(FreshApp fresh, Chromium chromium) : BrowserTest(fresh.Process, chromium), IClassFixture<FreshApp>
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Citizen_Asks_Consultant_AnswersWithTemplate_Supervisor_Approves()
    {
        var admin = await OpenPageAsync();
        await StaffSignIn.FirstTimeAsync(admin, AppProcess.AdminUserName, App.OneTimePassword);
        var consultantPassword = await CreateStaffAsync(admin, "soudan", "相談 一郎", "相談員");
        var supervisorPassword = await CreateStaffAsync(admin, "kantoku", "監督 花子", "監督者");
        await admin.GotoAsync("/admin/settings");
        await admin.GetByLabel("回答の送信前に監督者の承認を必要とする").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存する", Exact = true }).ClickAsync();

        // The citizen.
        var citizen = await OpenPageAsync();
        var problems = await PageProblems.WatchAsync(citizen);
        await citizen.GotoAsync("/consult");
        await citizen.GetByLabel("パソコン", new() { Exact = true }).CheckAsync();
        await citizen.GetByLabel("OSとバージョン").FillAsync("Windows 11");
        await citizen.GetByLabel("起きたことを、起きた順に日付とともに").FillAsync(
            "11月20日の夜、ニュースサイトを見ていたら「ウイルスに感染しました」と表示されました。サポート詐欺ではないかと心配です。");
        await citizen.GetByLabel("画面の写真・メールなどのファイル").SetInputFilesAsync(
            new FilePayload { Name = "warning.png", MimeType = "image/png", Buffer = Png });
        await citizen.GetByLabel("回答を送るメールアドレス").FillAsync("ｓａｔｏ＠ｅｘａｍｐｌｅ．ｊｐ");
        await citizen.GetByLabel("個人情報の取り扱いに同意します").CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "相談を送る", Exact = true }).ClickAsync();

        await Expect(citizen.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "ご相談を受け付けました" })).ToBeVisibleAsync();
        var receipt = (await citizen.Locator(".receipt-number").InnerTextAsync()).Trim();
        Assert.Matches(@"^\d{4}-\d{6}$", receipt);
        Assert.Empty(problems.All);

        // The consultant finds it by a two-character word and answers with a template.
        var consultant = await OpenPageAsync();
        await StaffSignIn.FirstTimeAsync(consultant, "soudan", consultantPassword);
        await consultant.GotoAsync("/desk");
        await consultant.GetByLabel("キーワード・相談番号").FillAsync("詐欺");
        await consultant.GetByRole(AriaRole.Button, new() { Name = "絞り込む", Exact = true }).ClickAsync();
        await consultant.GetByRole(AriaRole.Link, new() { Name = receipt, Exact = true }).ClickAsync();

        await Expect(consultant.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(receipt);
        await Expect(consultant.GetByRole(AriaRole.Link, new() { Name = "warning.png" })).ToBeVisibleAsync();
        await consultant.GetByLabel("定型文").SelectOptionAsync(new SelectOptionValue { Label = "偽警告（電話をかけていない場合）" });
        await consultant.GetByRole(AriaRole.Button, new() { Name = "下書きに入れる", Exact = true }).ClickAsync();
        var body = consultant.GetByLabel("本文", new() { Exact = true });
        await Expect(body).ToHaveValueAsync(new Regex($"相談番号 {receipt}"));
        await Expect(body).ToHaveValueAsync(new Regex("相談 一郎"));
        await consultant.GetByRole(AriaRole.Button, new() { Name = "承認を依頼", Exact = true }).ClickAsync();
        await Expect(consultant.GetByText("回答を承認待ちにしました。")).ToBeVisibleAsync();

        // The supervisor approves.
        var supervisor = await OpenPageAsync();
        await StaffSignIn.FirstTimeAsync(supervisor, "kantoku", supervisorPassword);
        await supervisor.GotoAsync("/desk/approvals");
        await supervisor.GetByRole(AriaRole.Link, new() { Name = receipt, Exact = true }).ClickAsync();
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "承認して送信", Exact = true }).ClickAsync();

        await Expect(supervisor.GetByText("回答を承認して送信しました。")).ToBeVisibleAsync();
        await Expect(supervisor.Locator(".case-facts")).ToContainTextAsync("回答済");
    }

    private static async Task<string> CreateStaffAsync(IPage admin, string userName, string displayName, string role)
    {
        await admin.GotoAsync("/admin/staff/new");
        await admin.GetByLabel("ユーザー名", new() { Exact = true }).FillAsync(userName);
        await admin.GetByLabel("表示名", new() { Exact = true }).FillAsync(displayName);
        await admin.GetByLabel("メールアドレス", new() { Exact = true }).FillAsync(userName + "@desk.example.jp");
        // New accounts start as consultants; a supervisor here is a supervisor only.
        await admin.GetByLabel(new Regex("相談員 —")).SetCheckedAsync(role == "相談員");
        await admin.GetByLabel(new Regex(role + " —")).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "追加する", Exact = true }).ClickAsync();
        return (await admin.GetByTestId("one-time-password").InnerTextAsync()).Trim();
    }
}
