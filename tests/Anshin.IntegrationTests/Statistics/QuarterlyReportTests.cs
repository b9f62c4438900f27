using System.Net;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;

namespace Anshin.IntegrationTests.Statistics;

/// <summary>Draft, commentary and publication of a quarterly report, as a web page and a PDF read back with pdftotext.</summary>
public sealed class QuarterlyReportTests
{
    private static async Task<TestApp> StartAsync(DatabaseKind kind, string chromium = "/usr/bin/chromium")
    {
        var app = await TestApp.StartAsync(kind, new Dictionary<string, string?> { ["Statistics:FoldEnabled"] = "false", ["Pdf:ChromiumPath"] = chromium });
        var fake = await StatisticsFixtures.MethodIdAsync(app, "fake-warning");
        for (var i = 0; i < 6; i++)
        {
            await StatisticsFixtures.AddCaseAsync(app, new DateTime(2025, 8, 1 + i, 1, 0, 0, DateTimeKind.Utc), fake, Channel.Phone);
        }

        await StatisticsFixtures.AddCaseAsync(app, new DateTime(2025, 5, 1, 1, 0, 0, DateTimeKind.Utc), fake);
        await app.Staff().InRole(StaffRoles.Analyst).CreateAsync("report-analyst");
        await app.Staff().InRole(StaffRoles.Supervisor).CreateAsync("report-supervisor");
        return app;
    }

    private static async Task<(HttpClient Analyst, string EditUrl)> DraftAsync(TestApp app)
    {
        var analyst = await app.SignedInClientAsync("report-analyst");
        var created = await analyst.SubmitAsync("/staff/statistics/reports", new Dictionary<string, string> { ["Quarter"] = "2025q3" },
            "/staff/statistics/reports?handler=Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Location()!;
        var saved = await analyst.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Version"] = "0",
            ["CommentaryJa"] = "### 今期の傾向\n\nサポート詐欺の相談が目立ちました。",
            ["CommentaryEn"] = "Support scams stood out this quarter.",
        }, url + "?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return (analyst, url);
    }

    [Theory, BothDatabases]
    public async Task AnAnalystDrafts_ASupervisorPublishes_AndThePdfCarriesTheJapaneseText(DatabaseKind kind)
    {
        await using var app = await StartAsync(kind);
        var (analyst, url) = await DraftAsync(app);

        var stale = await analyst.SubmitAsync(url, new Dictionary<string, string> { ["Version"] = "0", ["CommentaryJa"] = "古い版から" }, url + "?handler=Save");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var notYours = await analyst.SubmitAsync(url, new Dictionary<string, string> { ["Version"] = "1" }, url + "?handler=Publish");
        Assert.Contains("/staff/access-denied", notYours.Location() ?? "", StringComparison.Ordinal);
        Assert.Equal(ReportState.Draft, await app.WithDbAsync(db => db.Set<QuarterlyReport>().Select(r => r.State).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync("/reports/2025-q3")).StatusCode);
        var early = await analyst.SubmitAsync("/staff/statistics/reports", new Dictionary<string, string> { ["Quarter"] = Anshin.Core.Statistics.ReportingPeriod.QuarterOf(DateOnly.FromDateTime(DateTime.UtcNow)).Key },
            "/staff/statistics/reports?handler=Create");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);

        var supervisor = await app.SignedInClientAsync("report-supervisor");
        var published = await supervisor.SubmitAsync(url, new Dictionary<string, string> { ["Version"] = "1" }, url + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var page = await app.Client().GetPageAsync("/reports/2025-q3");
        Assert.Equal("相談受付状況 2025年 第3四半期", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("サポート詐欺の相談が目立ちました。", page.QuerySelector(".report-commentary")!.TextContent, StringComparison.Ordinal);
        var figures = page.QuerySelector(".report-figures")!.TextContent;
        Assert.Contains("6", figures, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/reports/2025-q3.pdf?lang=ja']"));
        var english = await app.Client().GetPageAsync("/reports/2025-q3?culture=en");
        Assert.Equal("Consultations report, 2025 Q3", english.QuerySelector("h1")!.TextContent);
        Assert.Contains("/reports/2025-q3", (await app.Client().GetPageAsync("/reports")).QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);

        var pdf = await app.Client().GetAsync("/reports/2025-q3.pdf?lang=ja");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        var text = await PdfText.ReadAsync(bytes);
        Assert.Contains("相談受付状況 2025年 第3四半期", text, StringComparison.Ordinal);
        Assert.Contains("サポート詐欺の相談が目立ちました", text, StringComparison.Ordinal);
        Assert.Contains("Consultations report, 2025 Q3", await PdfText.ReadAsync(await app.Client().GetByteArrayAsync("/reports/2025-q3.pdf?lang=en")), StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync("statistics.report.published"));
    }

    [Theory, BothDatabases]
    public async Task WithoutARenderer_ThePdfButtonSaysWhy_AndTheReportIsStillPublished(DatabaseKind kind)
    {
        await using var app = await StartAsync(kind, chromium: "");
        var (_, url) = await DraftAsync(app);
        var supervisor = await app.SignedInClientAsync("report-supervisor");

        var edit = await supervisor.GetPageAsync(url);
        Assert.NotNull(edit.QuerySelector("button[disabled][aria-describedby=pdf-why]"));
        Assert.Contains("Pdf:ChromiumPath", edit.QuerySelector("#pdf-why")!.TextContent, StringComparison.Ordinal);
        await supervisor.SubmitAsync(url, new Dictionary<string, string> { ["Version"] = "1" }, url + "?handler=Publish");

        var page = await app.Client().GetPageAsync("/reports/2025-q3");
        Assert.Contains("印刷", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync("/reports/2025-q3.pdf?lang=ja")).StatusCode);
        Assert.Equal(ReportState.Published, await app.WithDbAsync(db => db.Set<QuarterlyReport>().Select(r => r.State).SingleAsync()));
    }
}
