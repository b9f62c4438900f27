using System.Net;
using System.Text.Json;
using Anshin.IntegrationTests.Infrastructure;

namespace Anshin.IntegrationTests.Platform;

public sealed class SiteTests
{
    [Theory, BothDatabases]
    public async Task HomePage_IsJapaneseFirst_WithDeskHoursAndSecurityHeaders(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var response = await app.Client().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("一緒に解決します", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("10:00～12:00、13:30～17:00", page.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task LanguageSwitch_SetsCookie_AndPagesFollowIt()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        var client = app.Client();

        var switched = await client.GetAsync("/language/en?returnUrl=%2Fcalendar");
        Assert.Equal("/calendar", switched.Location());
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith("anshin.lang=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));

        var page = await client.GetPageAsync("/");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("We help you sort it out", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("日本語", page.QuerySelector(".language-switch a")!.TextContent.Trim());
    }

    [Fact]
    public async Task LanguageSwitch_RefusesRedirectsToOtherSites()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        var response = await app.Client().GetAsync("/language/en?returnUrl=%2F%2Fevil.example");
        Assert.Equal("/", response.Location());
    }

    [Fact]
    public async Task UnknownPage_ShowsLocalisedNotFoundPage_WithoutInternals()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        var response = await app.Client().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.Equal("ページが見つかりません", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task ApiErrors_AreProblemDetails_InTheCallersLanguage()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        var client = app.Client();

        var ja = await client.GetAsync("/api/calendar/holidays?year=12");
        Assert.Equal(HttpStatusCode.BadRequest, ja.StatusCode);
        Assert.Equal("application/problem+json", ja.Content.Headers.ContentType!.MediaType);
        using var jaBody = JsonDocument.Parse(await ja.Content.ReadAsStringAsync());
        Assert.Equal("リクエストの内容が正しくありません", jaBody.RootElement.GetProperty("title").GetString());

        var en = await client.GetAsync("/api/calendar/holidays?year=12&culture=en");
        using var enBody = JsonDocument.Parse(await en.Content.ReadAsStringAsync());
        Assert.Equal("The request is not valid", enBody.RootElement.GetProperty("title").GetString());
        Assert.Contains("1955", enBody.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesThePublicApi()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        var response = await app.Client().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = doc.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/calendar/holidays", out _));
        Assert.True(paths.TryGetProperty("/api/calendar/due", out _));
        Assert.True(paths.TryGetProperty("/api/audit", out _));
    }

    [Theory, BothDatabases]
    public async Task Readiness_FailsWhenTheDatabaseIsGone(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Staff().InRole(Anshin.Web.Platform.Auth.StaffRoles.Admin).CreateAsync("operator");
        var client = await app.SignedInClientAsync("operator");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        if (kind == DatabaseKind.Postgres)
        {
            await app.Database.DropAsync();
        }
        else
        {
            // Make the SQLite file unreachable: replace the data folder with a plain file.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(app.Database.Directory, recursive: true);
            await File.WriteAllTextAsync(app.Database.Directory, "not a folder");
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        // Pages and API calls that need the database fail with the generic error, never with internals.
        var page = await client.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("エラーが発生しました", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        var api = await client.GetAsync("/api/audit");
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("Exception", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        if (kind == DatabaseKind.Sqlite)
        {
            File.Delete(app.Database.Directory);
        }
    }

    [Theory, BothDatabases]
    public async Task DataProtectionKeys_AreStoredInTheDatabase(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Client().GetAsync("/staff/signin");

        var keys = await app.WithDbAsync(db => Task.FromResult(db.Set<Anshin.Web.Platform.Security.DataProtectionKey>().Count()));
        Assert.True(keys >= 1);
    }
}
