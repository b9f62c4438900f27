using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Auth;

namespace Anshin.IntegrationTests.Statistics;

/// <summary>The staff dashboard, its CSV files, the public statistics and their API, over known cases.</summary>
public sealed class StatisticsPagesTests
{
    private static readonly Dictionary<string, string?> NoFolding = new() { ["Statistics:FoldEnabled"] = "false" };

    static StatisticsPagesTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Seven counted cases in 2025 Q3 (3 fake warnings by phone, 2 phishing by web, 2 uncategorised by e-mail), one spam, one in Q2.</summary>
    private static async Task<TestApp> StartWithCasesAsync(DatabaseKind kind)
    {
        var app = await TestApp.StartAsync(kind, NoFolding);
        var fake = await StatisticsFixtures.MethodIdAsync(app, "fake-warning");
        var phishing = await StatisticsFixtures.MethodIdAsync(app, "phishing");
        var july = new DateTime(2025, 7, 10, 3, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 3; i++)
        {
            await StatisticsFixtures.AddCaseAsync(app, july.AddDays(i), fake, Channel.Phone, os: "iPhone");
        }

        await StatisticsFixtures.AddCaseAsync(app, july.AddDays(20), phishing);
        await StatisticsFixtures.AddCaseAsync(app, july.AddDays(40), phishing, status: CaseStatus.Closed);
        await StatisticsFixtures.AddCaseAsync(app, july.AddDays(50), null, Channel.Email);
        await StatisticsFixtures.AddCaseAsync(app, july.AddDays(51), null, Channel.Email);
        await StatisticsFixtures.AddCaseAsync(app, july.AddDays(52), null, Channel.Email, CaseStatus.Spam);
        await StatisticsFixtures.AddCaseAsync(app, new DateTime(2025, 5, 1, 3, 0, 0, DateTimeKind.Utc), fake);
        return app;
    }

    [Theory, BothDatabases]
    public async Task TheDashboard_ShowsTheQuarter_WithAChartAndTablePerBreakdown_AndWorkloadOnlyForSupervisors(DatabaseKind kind)
    {
        await using var app = await StartWithCasesAsync(kind);
        await app.Staff().InRole(StaffRoles.Analyst).CreateAsync("stats-analyst");
        await app.Staff().InRole(StaffRoles.Supervisor).CreateAsync("stats-supervisor");
        var analyst = await app.SignedInClientAsync("stats-analyst");

        var page = await analyst.GetPageAsync("/staff/statistics?period=2025q3");

        Assert.Contains("2025年 第3四半期", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("7", page.QuerySelector(".stat-figure")!.TextContent.Trim());
        var channel = page.QuerySelector("#table-channel")!.ParentElement!;
        Assert.NotNull(channel.QuerySelector("svg[role=img]"));
        var rows = channel.QuerySelectorAll("tbody tr").Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector("td")!.TextContent)).ToList();
        Assert.Equal([("電話", "3"), ("Web", "2"), ("メール", "2")], rows);
        Assert.Null(page.QuerySelector("#table-workload"));
        Assert.Contains(page.QuerySelectorAll("#table-method ~ div tbody th"), th => th.TextContent == "未分類");

        var supervisor = await app.SignedInClientAsync("stats-supervisor");
        Assert.NotNull((await supervisor.GetPageAsync("/staff/statistics?period=2025q3")).QuerySelector("#table-workload"));

        var bad = await analyst.GetPageAsync("/staff/statistics?period=2025q9");
        Assert.Contains("期間の指定が正しくありません", bad.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var anonymous = await app.Client().GetAsync("/staff/statistics?period=2025q3&handler=CasesCsv");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/staff/signin", anonymous.Location(), StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task CsvDownloads_ReadBackInBothEncodings_AndTheCaseExportIsAudited(DatabaseKind kind)
    {
        await using var app = await StartWithCasesAsync(kind);
        await app.Staff().InRole(StaffRoles.Analyst).CreateAsync("csv-analyst");
        var analyst = await app.SignedInClientAsync("csv-analyst");

        var utf8 = await analyst.GetAsync("/staff/statistics?period=2025q3&handler=Csv&table=channel");
        var bytes = await utf8.Content.ReadAsByteArrayAsync();
        Assert.Equal("text/csv; charset=utf-8", utf8.Content.Headers.ContentType!.ToString());
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["受付経路別,件数,割合（%）", "電話,3,42.9", "Web,2,28.6", "メール,2,28.6"], lines);

        var sjis = await analyst.GetAsync("/staff/statistics?period=2025q3&handler=Csv&table=method&encoding=sjis");
        var text = Encoding.GetEncoding(932).GetString(await sjis.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/csv; charset=shift_jis", sjis.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("手口別,件数,割合（%）\r\n", text, StringComparison.Ordinal);
        Assert.Contains("未分類,2,", text, StringComparison.Ordinal);

        var cases = Encoding.UTF8.GetString((await analyst.GetByteArrayAsync("/staff/statistics?period=2025q3&handler=CasesCsv"))[3..])
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(9, cases.Length); // the header and the 8 cases received, spam included (its status says so)
        Assert.DoesNotContain(cases, l => l.Contains("統計のテスト", StringComparison.Ordinal));
        Assert.Single(await app.AuditAsync("statistics.cases.exported"));
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("/staff/statistics?period=2025q3&handler=Csv&table=nope")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task PublicFigures_ShowImportedYears_AndSuppressSmallCounts(DatabaseKind kind)
    {
        await using var app = await StartWithCasesAsync(kind);

        var yearly = await app.Client().GetFromJsonAsync<JsonElement>("/api/statistics/yearly");
        var years = yearly.GetProperty("years").EnumerateArray().ToDictionary(y => y.GetProperty("year").GetInt32());
        Assert.Equal(6904, years[2015].GetProperty("count").GetInt32());
        Assert.True(years[2015].GetProperty("imported").GetBoolean());
        Assert.Equal(8, years[2025].GetProperty("count").GetInt32());
        Assert.False(years[2025].GetProperty("imported").GetBoolean());

        var quarterly = await app.Client().GetFromJsonAsync<JsonElement>("/api/statistics/quarterly?year=2025");
        var q3 = quarterly.GetProperty("quarters")[2];
        var methods = q3.GetProperty("methods").EnumerateArray().ToDictionary(m => m.GetProperty("code").GetString()!);
        Assert.Equal(3, methods["fake-warning"].GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, methods["phishing"].GetProperty("count").ValueKind);
        Assert.Equal("<3", methods["phishing"].GetProperty("display").GetString());
        Assert.True(methods["phishing"].GetProperty("suppressed").GetBoolean());
        Assert.Equal(7, q3.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client().GetAsync("/api/statistics/quarterly?year=1800")).StatusCode);

        var page = await app.Client().GetPageAsync("/statistics?year=2025");
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("6,904", text, StringComparison.Ordinal);
        Assert.Contains("<3", text, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("section[aria-labelledby=yearly] svg[role=img], section[aria-labelledby=quarterly] svg[role=img]").Length);
        var english = await app.Client().GetPageAsync("/statistics?year=2025&culture=en");
        Assert.Contains("Consultations per year", english.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task PeriodsFollowJapanTime_AtFiscalYearAndQuarterBoundaries(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, NoFolding);
        await app.Staff().InRole(StaffRoles.Analyst).CreateAsync("boundary-analyst");
        var analyst = await app.SignedInClientAsync("boundary-analyst");
        await StatisticsFixtures.AddCaseAsync(app, new DateTime(2025, 3, 31, 14, 59, 0, DateTimeKind.Utc)); // 23:59 on 31 March in Japan
        await StatisticsFixtures.AddCaseAsync(app, new DateTime(2025, 3, 31, 15, 0, 0, DateTimeKind.Utc)); // 00:00 on 1 April in Japan

        async Task<string> TotalAsync(string period) =>
            (await analyst.GetPageAsync("/staff/statistics?period=" + period)).QuerySelector(".stat-figure")!.TextContent.Trim();

        Assert.Equal("1", await TotalAsync("fy2024"));
        Assert.Equal("1", await TotalAsync("fy2025"));
        Assert.Equal("1", await TotalAsync("2025q1"));
        Assert.Equal("1", await TotalAsync("2025q2"));
        Assert.Equal("1", await TotalAsync("2025-04"));
        Assert.Equal("2", await TotalAsync("2025"));
    }

    [Theory, BothDatabases]
    public async Task Import_RefusesABadFileWhole_AndAGoodOneReplacesLiveCountsForItsYears(DatabaseKind kind)
    {
        await using var app = await StartWithCasesAsync(kind);
        await app.Staff().InRole(StaffRoles.Supervisor).CreateAsync("import-supervisor");
        await app.Staff().InRole(StaffRoles.Analyst).CreateAsync("import-analyst");
        var supervisor = await app.SignedInClientAsync("import-supervisor");
        var before = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<Anshin.Web.Areas.Statistics.Model.HistoricalCount>()));

        var refused = await supervisor.SubmitAsync("/staff/statistics/history", new Dictionary<string, string>
        {
            ["Csv"] = "year,quarter,method,count\n2025,,,100\n2024,5,,3\n2023,,no-such-method,1",
        }, "/staff/statistics/history?handler=Import");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problems = (await Forms.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("3行目", problems, StringComparison.Ordinal);
        Assert.Contains("4行目", problems, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<Anshin.Web.Areas.Statistics.Model.HistoricalCount>())));

        var imported = await supervisor.SubmitAsync("/staff/statistics/history", new Dictionary<string, string>
        {
            ["Csv"] = "year,quarter,method,count,source\n2025,,,\"1,234\",年報\n2025,3,fake-warning,40\n2025,3,,90",
        }, "/staff/statistics/history?handler=Import");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var yearly = await app.Client().GetFromJsonAsync<JsonElement>("/api/statistics/yearly");
        var y2025 = yearly.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2025);
        Assert.Equal(1234, y2025.GetProperty("count").GetInt32());
        var q3 = (await app.Client().GetFromJsonAsync<JsonElement>("/api/statistics/quarterly?year=2025")).GetProperty("quarters")[2];
        Assert.Equal(90, q3.GetProperty("total").GetInt32());
        Assert.True(q3.GetProperty("imported").GetBoolean());

        var analyst = await app.SignedInClientAsync("import-analyst");
        var denied = await analyst.GetAsync("/staff/statistics/history");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/staff/access-denied", denied.Location(), StringComparison.Ordinal);
    }
}
