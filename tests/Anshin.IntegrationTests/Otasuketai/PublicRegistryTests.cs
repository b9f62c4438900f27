using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anshin.Core.Otasuketai;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Otasuketai.Model;
using Microsoft.EntityFrameworkCore;

namespace Anshin.IntegrationTests.Otasuketai;

/// <summary>The public side on the demo registry: the list and its API, a service's page, the wizard and the comparison.</summary>
public sealed class PublicRegistryTests
{
    private static Dictionary<string, string?> DemoSettings() => new() { ["Hosting:PublicUrl"] = "https://anshin.example.jp" };

    [Theory, BothDatabases]
    public async Task DemoContent_ListsTenPassingServices_AndKeepsSixThatFailForDifferentReasonsInReview(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, DemoSettings());
        var services = await app.WithDbAsync(db => db.Set<OtasuketaiService>().AsNoTracking().ToListAsync());

        Assert.Equal(16, services.Count);
        var registered = services.Where(s => s.Status == ServiceStatus.Registered).ToList();
        Assert.Equal(10, registered.Count);
        Assert.All(registered, s => Assert.Equal(RequirementOutcome.Pass, s.CheckOutcome));
        Assert.Equal(10, registered.Select(s => s.RegistrationNumber).Distinct().Count());
        var failing = services.Where(s => s.Status != ServiceStatus.Registered).ToList();
        Assert.All(failing, s => Assert.Equal(RequirementOutcome.Fail, s.CheckOutcome));
        var failedRequirements = failing.Select(s => string.Join(",", JsonDocument.Parse(s.CheckResult!).RootElement.EnumerateArray()
            .Where(i => i.GetProperty("outcome").GetString() == "Fail").Select(i => i.GetProperty("code").GetString()))).ToList();
        Assert.Equal(6, failedRequirements.Distinct().Count());
    }

    [Theory, BothDatabases]
    public async Task ServicesApi_FiltersAndPages_WithTheDocumentedShape_AndRefusesBadFilters(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, DemoSettings());
        var client = app.Client();

        var all = await client.GetFromJsonAsync<JsonElement>("/api/otasuketai/services?pageSize=5");
        Assert.Equal(10, all.GetProperty("total").GetInt32());
        Assert.Equal(5, all.GetProperty("services").GetArrayLength());
        var first = all.GetProperty("services")[0];
        foreach (var property in new[] { "id", "registrationNumber", "registeredAt", "name", "nameEn", "type", "category", "provider", "prices", "regions", "onSite", "insurance", "desk", "url" })
        {
            Assert.True(first.TryGetProperty(property, out _), property);
        }

        Assert.Equal("JPY", first.GetProperty("prices").GetProperty("currency").GetString());
        Assert.False(first.GetProperty("prices").GetProperty("taxIncluded").GetBoolean());
        Assert.StartsWith("https://anshin.example.jp/otasuketai/services/", first.GetProperty("url").GetString(), StringComparison.Ordinal);

        var network = await client.GetFromJsonAsync<JsonElement>("/api/otasuketai/services?type=network");
        Assert.Equal(3, network.GetProperty("total").GetInt32());
        Assert.All(network.GetProperty("services").EnumerateArray(), s => Assert.Equal("network", s.GetProperty("type").GetString()));
        var hokkaido = await client.GetFromJsonAsync<JsonElement>("/api/otasuketai/services?prefecture=1");
        Assert.All(hokkaido.GetProperty("services").EnumerateArray(), s =>
            Assert.True(s.GetProperty("regions").GetProperty("nationwide").GetBoolean()
                || s.GetProperty("regions").GetProperty("prefectures").EnumerateArray().Any(p => p.GetProperty("code").GetInt32() == 1)));
        var cheap = await client.GetFromJsonAsync<JsonElement>("/api/otasuketai/services?maxMonthly=2000");
        Assert.All(cheap.GetProperty("services").EnumerateArray(), s => Assert.True(s.GetProperty("prices").GetProperty("entryMonthly").GetInt64() <= 2000));
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/otasuketai/services?category=2")).GetProperty("total").GetInt32());

        var badType = await client.GetAsync("/api/otasuketai/services?type=cloud");
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
        var problem = await badType.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("network", problem.GetProperty("errors").GetProperty("type")[0].GetString(), StringComparison.Ordinal);
        var missingPrefecture = await client.GetAsync("/api/otasuketai/match?pcs=5");
        Assert.Equal(HttpStatusCode.BadRequest, missingPrefecture.StatusCode);
        Assert.Contains("都道府県", (await missingPrefecture.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("prefecture")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/otasuketai/services?prefecture=48")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/otasuketai/services?pageSize=101")).StatusCode);
        var returnedId = await app.WithDbAsync(db => db.Set<OtasuketaiService>().Where(s => s.Status == ServiceStatus.Returned).Select(s => s.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/otasuketai/services/{returnedId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/otasuketai/services/{returnedId}")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task Wizard_EstimatesTheMonthlyCostForTheFirm_CheapestFirst_AndComparesUpToThree(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, DemoSettings());
        var client = app.Client();

        var page = await client.GetPageAsync("/otasuketai/wizard?Answers.Pcs=１２&Answers.Servers=1&Answers.Sites=2&Answers.Prefecture=13&Answers.Device=no&Answers.OnSite=yes");
        var matches = page.QuerySelectorAll("#matches .match-list > li");
        Assert.NotEmpty(matches);
        var api = await client.GetFromJsonAsync<JsonElement>("/api/otasuketai/match?pcs=12&servers=1&sites=2&prefecture=13&hasNetworkDevice=no&onSite=true");
        Assert.Equal(matches.Length, api.GetProperty("total").GetInt32());
        var costs = api.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("monthlyCost").GetInt64()).ToList();
        Assert.Equal(costs.Order(), costs);
        foreach (var match in api.GetProperty("matches").EnumerateArray())
        {
            var id = match.GetProperty("service").GetProperty("id").GetInt32();
            var service = await app.WithDbAsync(db => db.Set<OtasuketaiService>().AsNoTracking().SingleAsync(s => s.Id == id));
            Assert.Equal(service.ToOffer().MonthlyCost(2, 13), match.GetProperty("monthlyCost").GetInt64());
            Assert.True(service.Nationwide || service.PrefectureCodes.Contains(13));
            Assert.False(service.Type == ServiceType.Network && !service.SuppliesNetworkDevice, "a network service without a device to watch fits");
            Assert.False(service.Type.WatchesEndpoints() && !service.SupportsServers, "a service without servers fits a firm with a server");
        }

        var budget = await client.GetFromJsonAsync<JsonElement>($"/api/otasuketai/match?pcs=12&servers=1&sites=2&prefecture=13&hasNetworkDevice=no&budget={costs[0]}");
        Assert.All(budget.GetProperty("matches").EnumerateArray(), m => Assert.True(m.GetProperty("monthlyCost").GetInt64() <= costs[0]));
        var invalid = await client.GetPageAsync("/otasuketai/wizard?Answers.Pcs=たくさん&Answers.Prefecture=13");
        Assert.False(string.IsNullOrWhiteSpace(invalid.QuerySelector("#w-pcs ~ .field-error")!.TextContent));
        Assert.Empty(invalid.QuerySelectorAll("#matches"));

        var ids = matches.Take(4).Select(m => m.GetAttribute("data-service")).ToList();
        var compare = await client.GetPageAsync("/otasuketai/compare?Answers.Pcs=12&Answers.Servers=1&Answers.Sites=2&Answers.Prefecture=13&Answers.Device=no&" + string.Join("&", ids.Select(i => "ids=" + i)));
        Assert.Equal(Math.Min(ids.Count, 3), compare.QuerySelectorAll("#comparison thead th").Length);
        Assert.Contains("¥", compare.QuerySelector("#comparison tbody tr td")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task ListPage_FiltersByTypeAndRegion_AndTheCountIsShownOnTheSmePage(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, DemoSettings());
        var client = app.Client();

        var endpoint = await client.GetPageAsync("/otasuketai?type=endpoint");
        Assert.Equal(4, endpoint.QuerySelectorAll("#services tbody tr").Length);
        var none = await client.GetPageAsync("/otasuketai?type=network&prefecture=47&maxMonthly=100");
        Assert.Empty(none.QuerySelectorAll("#services tbody tr"));
        Assert.Contains("10", (await client.GetPageAsync("/otasuketai")).QuerySelector("#registered-count")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("10", (await client.GetPageAsync("/sme")).QuerySelector("#sme-otasuketai + p")!.TextContent, StringComparison.Ordinal);
        var id = await app.WithDbAsync(db => db.Set<OtasuketaiService>().Where(s => s.Status == ServiceStatus.Registered).Select(s => s.Id).FirstAsync());
        var service = await client.GetPageAsync($"/otasuketai/services/{id}");
        Assert.Equal("Pass", service.QuerySelector(".check-overall")!.GetAttribute("data-outcome"));
    }
}
