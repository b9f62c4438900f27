using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anshin.IntegrationTests.Infrastructure;
using static Anshin.IntegrationTests.SelfCheck.SelfCheckFixtures;

namespace Anshin.IntegrationTests.SelfCheck;

/// <summary><c>POST /api/self-check/results</c>: the same rules as the pages, problem details for bad input, resume codes.</summary>
public sealed class SelfCheckApiTests
{
    [Theory, BothDatabases]
    public async Task Submitting_ReturnsScoreBandAndAResumeCode_AndTheCodeAddsTheNextResultToTheSameOrganisation(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        var client = app.Client();
        var answers = Enumerable.Repeat("done", 20).Concat(Enumerable.Repeat("partly", 5)).ToArray();

        var created = await client.PostAsJsonAsync("/api/self-check/results", new { answers, industry = "e", sizeBand = 2 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var first = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(90, first.GetProperty("score").GetInt32());
        Assert.Equal("mostly", first.GetProperty("band").GetString());
        Assert.Equal("2026.1", first.GetProperty("questionSetVersion").GetString());
        Assert.False(first.GetProperty("peers").GetProperty("available").GetBoolean());
        var code = first.GetProperty("resumeCode").GetString()!;

        var again = await client.PostAsJsonAsync("/api/self-check/results",
            new { answers = Enumerable.Repeat("4", 25).ToArray(), industry = "E", sizeBand = 2, resumeCode = code });
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(100, second.GetProperty("score").GetInt32());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("resumeCode").ValueKind);
        Assert.Equal(1, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Set<Anshin.Web.Areas.SelfCheck.Model.Organisation>())));
    }

    [Theory, BothDatabases]
    public async Task BadInput_GetsOneLocalisedMessagePerField_AndNothingIsStored(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        var client = app.Client();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ja");

        var response = await client.PostAsJsonAsync("/api/self-check/results",
            new { answers = new[] { "done", "maybe" }, industry = "Z", sizeBand = 7, resumeCode = "0000-0000-0000-0000" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "answers", "answers[1]", "industry", "sizeBand", "resumeCode" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        Assert.Contains("業種", errors.GetProperty("industry")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Set<Anshin.Web.Areas.SelfCheck.Model.SelfCheckResult>())));
    }
}
