using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.IntegrationTests.SelfCheck;
using Anshin.Web.Areas.SecurityAction.Model;
using Microsoft.EntityFrameworkCore;

namespace Anshin.IntegrationTests.SecurityAction;

/// <summary>The result sheet and the policy as PDF, moving from ★ to ★★, the verification rate limit, and the wording.</summary>
public sealed partial class SmeDocumentsTests
{
    [Fact]
    public async Task TheResultSheetAndThePolicy_PrintToPdf_WithTheirContent()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite, SelfCheckFixtures.Settings());
        var client = app.Client();
        var result = await SelfCheckFixtures.TakeAsync(client, "E", 2, q => q == 11 ? "n" : "d");

        var sheet = await client.GetAsync(result + "?handler=Pdf");
        Assert.Equal("application/pdf", sheet.Content.Headers.ContentType!.MediaType);
        var text = await PdfText.ReadAsync(await sheet.Content.ReadAsByteArrayAsync());
        Assert.Contains("96", text, StringComparison.Ordinal);
        Assert.Contains("バックアップ", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync(result + "?handler=Pdf")).StatusCode);

        await client.SubmitAsync("/security-action/policy", new Dictionary<string, string>
        {
            ["Form.OrganisationName"] = "みなと精機株式会社",
            ["Form.RepresentativeTitle"] = "代表取締役",
            ["Form.RepresentativeName"] = "港 一郎",
            ["Form.EstablishedOn"] = "2026-12-01",
            ["Form.ResponsibleTitle"] = "情報セキュリティ責任者",
            ["Form.Language"] = "en",
        });
        var policy = await client.GetAsync("/security-action/policy/document?format=pdf");
        var policyText = await PdfText.ReadAsync(await policy.Content.ReadAsByteArrayAsync());
        for (var n = 1; n <= 5; n++)
        {
            // A heading may open a new page, after pdftotext's form feed.
            Assert.Matches(new Regex($"^\\f?{n}\\. ", RegexOptions.Multiline), policyText);
        }

        Assert.Contains("港 一郎", policyText, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task OneStar_MovesToTwoStars_OnlyWithItsOwnRecentDiagnosisAndAPolicyUrl(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, SelfCheckFixtures.Settings());
        var client = app.Client();
        await DeclarationTests.AppliedAsync(client, 1, DeclarationTests.Details());
        var id = await DeclarationTests.ConfirmAsync(app, client, "info@minato.example.jp");

        var refused = await Forms.ParseAsync(await client.SubmitAsync("/security-action/declaration",
            new Dictionary<string, string> { ["UpgradeUrl"] = "" }, "/security-action/declaration?handler=Upgrade"));
        Assert.True(refused.QuerySelectorAll(".field-error:not(:empty)").Length >= 2, "both the diagnosis and the URL are named");
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Declaration>().Select(d => d.Level).SingleAsync()));

        // Diagnosis taken by the same organisation (its session), stored a year and a day ago: too old.
        await SelfCheckFixtures.TakeAsync(client, "E", 2, _ => "d");
        await app.WithDbAsync(db => db.Set<Anshin.Web.Areas.SelfCheck.Model.SelfCheckResult>()
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.TakenAt, DateTime.UtcNow.AddMonths(-12).AddDays(-1))));
        var stale = await Forms.ParseAsync(await client.SubmitAsync("/security-action/declaration",
            new Dictionary<string, string> { ["UpgradeUrl"] = "https://minato.example.jp/policy" }, "/security-action/declaration?handler=Upgrade"));
        Assert.Contains("12", stale.QuerySelector(".field-error:not(:empty)")!.TextContent, StringComparison.Ordinal);

        await SelfCheckFixtures.TakeAsync(client, "E", 2, _ => "d");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/security-action/declaration",
            new Dictionary<string, string> { ["UpgradeUrl"] = "https://minato.example.jp/policy" }, "/security-action/declaration?handler=Upgrade")).StatusCode);
        var json = await app.Client().GetFromJsonAsync<JsonElement>($"/api/security-action/declarations/{id}");
        Assert.Equal(2, json.GetProperty("level").GetInt32());
        Assert.Contains(DeclarationEventKind.Upgraded, await app.WithDbAsync(db => db.Set<DeclarationEvent>().Select(e => e.Kind).ToListAsync()));
    }

    [Theory, BothDatabases]
    public async Task Verification_IsRateLimitedPerAddress(DatabaseKind kind)
    {
        var settings = SelfCheckFixtures.Settings();
        settings["SecurityAction:VerificationsPerMinute"] = "3";
        await using var app = await TestApp.StartAsync(kind, settings);
        var client = app.Client();

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            codes.Add((await client.GetAsync("/api/security-action/declarations/12345678901")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], codes);
        var limited = await client.GetAsync("/api/security-action/declarations/12345678901");
        Assert.NotNull(limited.Headers.RetryAfter);
    }

    [Fact]
    public async Task TheWording_NeverCallsTheDeclarationACertification()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite, SelfCheckFixtures.Settings());
        foreach (var path in new[] { "/security-action", "/security-action?culture=en", "/security-action/apply?level=2", "/sme", "/sme?culture=en",
                     "/security-action/verify", "/security-action/declarants", "/security-action/logo/one-star.svg", "/security-action/logo/two-stars.svg" })
        {
            var html = await (await app.Client().GetAsync(path)).Content.ReadAsStringAsync();
            Assert.False(Certification().IsMatch(html), $"{path} calls it a certification: {Certification().Match(html).Value}");
        }
    }

    [GeneratedRegex("認定|取得|certif", RegexOptions.IgnoreCase)]
    private static partial Regex Certification();
}
