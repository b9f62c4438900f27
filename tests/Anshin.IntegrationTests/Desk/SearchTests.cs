using System.Net.Http.Json;
using System.Text.Json;
using Anshin.IntegrationTests.Infrastructure;

namespace Anshin.IntegrationTests.Desk;

public sealed class SearchTests
{
    // The demo cases talk about scams too; these tests count exact matches.
    private static readonly Dictionary<string, string?> NoDemo = new() { ["Database:SeedDemoContent"] = "false" };

    private static async Task<List<string>> FindAsync(HttpClient staff, string q)
    {
        var json = await staff.GetFromJsonAsync<JsonElement>("/api/desk/cases?status=New,InProgress,Answered,Closed&q=" + Uri.EscapeDataString(q));
        return [.. json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("receiptNumber").GetString()!)];
    }

    [Theory, BothDatabases]
    public async Task TwoCharacterJapaneseWords_AreFound_AndWidthAndCaseDoNotMatter(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, NoDemo);
        var client = app.Client();
        var scam = await client.SubmitAsync(DeskClient.Submission("サポート詐欺の電話番号に電話してしまい、AnyDesk を入れられました。"));
        var ransom = await client.SubmitAsync(DeskClient.Submission("会社のファイルが暗号化され、身代金を要求されています。"));
        var sms = await client.SubmitAsync(DeskClient.Submission("宅配の不在通知を装うＳＭＳが届きました。", email: "hanako@example.jp"));
        await app.Staff().CreateAsync("search-consultant");
        var staff = await app.SignedInClientAsync("search-consultant");

        Assert.Equal([scam], await FindAsync(staff, "詐欺"));
        Assert.Equal([ransom], await FindAsync(staff, "暗号"));
        Assert.Equal([scam], await FindAsync(staff, "ａｎｙｄｅｓｋ"));
        Assert.Equal([sms], await FindAsync(staff, "sms 不在"));
        Assert.Equal([sms], await FindAsync(staff, "hanako@example.jp"));
        Assert.Empty(await FindAsync(staff, "詐欺 暗号化"));
        Assert.Empty(await FindAsync(staff, "架空請求"));
    }

    [Theory, BothDatabases]
    public async Task QueuePage_FindsByTwoCharacterWord_AndByReceiptNumber(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, NoDemo);
        var receipt = await app.Client().SubmitAsync(DeskClient.Submission("ワンクリック詐欺の画面が消えません。"));
        var c = await app.CaseAsync(receipt);
        await app.Staff().CreateAsync("search-consultant2");
        var staff = await app.SignedInClientAsync("search-consultant2");

        var page = await staff.GetPageAsync("/desk?Filter.Q=" + Uri.EscapeDataString("詐欺"));
        var byNumber = await staff.GetAsync("/desk?Filter.Q=" + Uri.EscapeDataString(receipt.Replace('-', '－')));

        var rows = page.QuerySelectorAll("table.queue tbody tr");
        Assert.Single(rows);
        Assert.Contains(receipt, rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/desk/cases/{c.Id}", byNumber.Location());
    }
}
