using System.Net;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.IntegrationTests.SelfCheck;
using Anshin.Web.Areas.SecurityAction.Model;
using Microsoft.EntityFrameworkCore;

namespace Anshin.IntegrationTests.SecurityAction;

/// <summary>The basic-policy generator: five sections, revisions, text downloads, and its URL feeding the ★★ application.</summary>
public sealed class BasicPolicyTests
{
    private static Dictionary<string, string> Form(string representative = "港 一郎", string url = "") => new()
    {
        ["Form.OrganisationName"] = "みなと精機株式会社",
        ["Form.RepresentativeTitle"] = "代表取締役",
        ["Form.RepresentativeName"] = representative,
        ["Form.EstablishedOn"] = "2026-12-01",
        ["Form.Scope"] = "SpecifiedBusiness",
        ["Form.ScopeDetail"] = "精密部品の設計・製造",
        ["Form.ResponsibleTitle"] = "情報セキュリティ責任者",
        ["Form.ReviewCycle"] = "HalfYearly",
        ["Form.Training"] = "OnJoiningAndYearly",
        ["Form.IncludePartners"] = "true",
        ["Form.Language"] = "ja",
        ["Form.PublishedUrl"] = url,
    };

    [Theory, BothDatabases]
    public async Task ThePolicy_HasEverySection_IsRevisable_AndDownloadsAsText(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, SelfCheckFixtures.Settings());
        var client = app.Client();

        var invalid = await Forms.ParseAsync(await client.SubmitAsync("/security-action/policy", new Dictionary<string, string>(Form(representative: "")) { ["Form.EstablishedOn"] = "昨日" }));
        Assert.True(invalid.QuerySelectorAll(".field-error:not(:empty)").Length >= 2);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<BasicPolicyRevision>().CountAsync()));

        Assert.Equal("/security-action/policy/document", (await client.SubmitAsync("/security-action/policy", Form())).Location());
        var page = await client.GetPageAsync("/security-action/policy/document");
        Assert.NotNull(page.QuerySelector("#resume-code"));
        var document = page.QuerySelector(".policy-document")!;
        Assert.Equal(5, document.QuerySelectorAll(".policy-section").Length);
        for (var n = 1; n <= 5; n++)
        {
            Assert.StartsWith($"{n}. ", document.QuerySelector($"#policy-section-{n} h2")!.TextContent, StringComparison.Ordinal);
        }

        var text = document.TextContent;
        foreach (var expected in new[] { "精密部品の設計・製造", "情報セキュリティ責任者", "みなと精機株式会社", "代表取締役", "港 一郎", "2026年12月1日" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var markdown = await client.GetAsync("/security-action/policy/document?revision=1&format=md");
        Assert.Equal("text/markdown; charset=utf-8", markdown.Content.Headers.ContentType!.ToString());
        var md = await markdown.Content.ReadAsStringAsync();
        Assert.StartsWith("# ", md, StringComparison.Ordinal);
        Assert.Equal(5, md.Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
        var plain = await (await client.GetAsync("/security-action/policy/document?revision=1&format=txt")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("#", plain, StringComparison.Ordinal);
        Assert.Contains("港 一郎", plain, StringComparison.Ordinal);

        // A revision with the published address: both kept, the newest is current, and ★★ starts from its URL.
        await client.SubmitAsync("/security-action/policy", Form(representative: "港 次郎", url: "https://minato.example.jp/policy"));
        var revised = await client.GetPageAsync("/security-action/policy/document");
        Assert.Contains("港 次郎", revised.QuerySelector(".policy-document")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, revised.QuerySelectorAll("#policy-revisions li").Length);
        Assert.Contains("港 一郎", (await client.GetPageAsync("/security-action/policy/document?revision=1")).QuerySelector(".policy-document")!.TextContent, StringComparison.Ordinal);
        var apply = await client.GetPageAsync("/security-action/apply?level=2");
        Assert.Equal("https://minato.example.jp/policy", apply.QuerySelector("#policy-url")!.GetAttribute("value"));

        Assert.Equal(HttpStatusCode.Redirect, (await app.Client().GetAsync("/security-action/policy/document")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/security-action/policy/document?revision=9")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task ThePublicStatistics_CountActiveDeclarationsByLevelPrefectureAndIndustry(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, SelfCheckFixtures.Settings());
        var client = app.Client();
        await DeclarationTests.AppliedAsync(client, 1, DeclarationTests.Details());
        await DeclarationTests.ConfirmAsync(app, client, "info@minato.example.jp");

        var page = await app.Client().GetPageAsync("/statistics");
        Assert.Equal("1", page.QuerySelector("#declaration-total")!.TextContent);
        var prefecture = page.QuerySelector("#declarations-by-prefecture tbody tr")!;
        Assert.Equal(("神奈川県", "1"), (prefecture.QuerySelector("th")!.TextContent, prefecture.QuerySelector("td")!.TextContent));
        Assert.Equal("1", page.QuerySelector("#declarations-by-level tbody tr td")!.TextContent);
    }
}
