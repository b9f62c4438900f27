using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Auth;

namespace Anshin.IntegrationTests.Calendar;

public sealed class CalendarTests
{
    [Fact]
    public async Task HolidaysApi_ListsTheOfficialHolidaysOfAYear()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        using var body = JsonDocument.Parse(await app.Client().GetStringAsync("/api/calendar/holidays?year=2020"));

        var holidays = body.RootElement.GetProperty("holidays").EnumerateArray()
            .ToDictionary(h => h.GetProperty("date").GetString()!, h => h.GetProperty("name").GetString());
        Assert.Equal("official", body.RootElement.GetProperty("source").GetString());
        Assert.Equal("元日", holidays["2020-01-01"]);
        Assert.Equal("スポーツの日", holidays["2020-07-24"]);
        Assert.False(holidays.ContainsKey("2020-10-12"));
    }

    [Fact]
    public async Task DueApi_CountsFiveBusinessDays_InJapanTime()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        var client = app.Client();

        // 15:30 UTC on Sunday 27 Dec is already Monday 28 Dec in Tokyo; the year-end closure follows.
        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/calendar/due?received=2026-12-27T15:30:00Z"));
        Assert.Equal("2026-12-28", body.RootElement.GetProperty("receivedDateJapan").GetString());
        Assert.Equal("2027-01-08", body.RootElement.GetProperty("dueDate").GetString());

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/calendar/due?received=yesterday")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task DeskClosedDay_AddedByAdmin_MovesTheDueDate(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Staff().InRole(StaffRoles.Admin).CreateAsync("caladmin");
        var admin = await app.SignedInClientAsync("caladmin");
        var before = JsonDocument.Parse(await admin.GetStringAsync("/api/calendar/due?received=2027-06-07T10:00:00%2B09:00"));
        Assert.Equal("2027-06-14", before.RootElement.GetProperty("dueDate").GetString());

        var added = await admin.SubmitAsync("/admin/calendar", new Dictionary<string, string>
        {
            ["Date"] = "2027-06-10",
            ["Reason"] = "システム更新のため休業",
        }, "/admin/calendar?handler=Add");
        Assert.Equal("/admin/calendar", added.Location());

        var after = JsonDocument.Parse(await admin.GetStringAsync("/api/calendar/due?received=2027-06-07T10:00:00%2B09:00"));
        Assert.Equal("2027-06-15", after.RootElement.GetProperty("dueDate").GetString());
        Assert.Single(await app.AuditAsync(AuditActions.ClosedDayAdded));

        var duplicate = await admin.SubmitAsync("/admin/calendar", new Dictionary<string, string>
        {
            ["Date"] = "2027-06-10",
            ["Reason"] = "重複",
        }, "/admin/calendar?handler=Add");
        Assert.Contains("すでに休業日", (await Forms.ParseAsync(duplicate)).QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task OfficialCsv_ImportedByAdmin_ReplacesTheRulesForItsYears(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Staff().InRole(StaffRoles.Admin).CreateAsync("importer");
        var admin = await app.SignedInClientAsync("importer");

        var csv = "国民の祝日・休日月日,国民の祝日・休日名称\r\n2028/1/1,元日\r\n2028/6/15,新しい祝日\r\n";
        var good = await UploadAsync(admin, Encoding.GetEncoding(932).GetBytes(csv));
        Assert.Equal("/admin/calendar", good.Location());

        using var body = JsonDocument.Parse(await admin.GetStringAsync("/api/calendar/holidays?year=2028"));
        var names = body.RootElement.GetProperty("holidays").EnumerateArray().Select(h => h.GetProperty("name").GetString()).ToList();
        Assert.Equal(["元日", "新しい祝日"], names);

        var bad = await UploadAsync(admin, Encoding.UTF8.GetBytes("2029/13/1,存在しない日\n"));
        var error = (await Forms.ParseAsync(bad)).QuerySelector(".field-validation-error")!.TextContent;
        Assert.Contains("取り込めませんでした", error, StringComparison.Ordinal);
        using var unchanged = JsonDocument.Parse(await admin.GetStringAsync("/api/calendar/holidays?year=2028"));
        Assert.Equal(2, unchanged.RootElement.GetProperty("holidays").GetArrayLength());
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file)
    {
        var page = await client.GetPageAsync("/admin/calendar");
        var token = page.QuerySelector("form[action*='handler=Import'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, "csv", "syukujitsu.csv");
        return await client.PostAsync("/admin/calendar?handler=Import", content);
    }
}
