using System.Net.Http.Json;
using System.Text.Json;
using Anshin.Core.SelfCheck;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.SelfCheck.Model;
using Microsoft.EntityFrameworkCore;
using static Anshin.IntegrationTests.SelfCheck.SelfCheckFixtures;

namespace Anshin.IntegrationTests.SelfCheck;

/// <summary>The peer counts kept on every submission equal a recount from the results, and small groups show nothing.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5394", Justification = "Reproducible test data from a seed.")]
public sealed class PeerAggregateTests
{
    [Theory, BothDatabases]
    public async Task KeptCounts_EqualADirectRecount_AfterManyRandomSubmissions_IncludingRepeatsAndMoves(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        var random = new Random(2026);
        var organisations = new List<Organisation>();
        string[] industries = ["A", "E", "I"];
        for (var i = 0; i < 120; i++)
        {
            // Mostly new organisations; some come back, some of those with another industry or size.
            var again = organisations.Count > 5 && random.Next(3) == 0 ? organisations[random.Next(organisations.Count)] : null;
            var industry = again is not null && random.Next(4) != 0 ? again.Industry! : industries[random.Next(industries.Length)];
            var size = again is not null && random.Next(4) != 0 ? again.SizeBand!.Value : random.Next(1, 3);
            var answers = Enumerable.Range(0, SelfCheckScore.QuestionCount).Select(_ => (SelfCheckAnswer)random.Next(4)).ToList();
            var (organisation, _) = await SubmitAsync(app, again, answers, industry, size);
            if (again is null)
            {
                organisations.Add(organisation);
            }
        }

        // Several submissions at once (different organisations) must not lose an update.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SubmitAsync(app, null, All(SelfCheckAnswer.Done), "E", 1)));

        var (expectedScores, expectedDone) = await RecountAsync(app);
        var keptScores = await app.WithDbAsync(db => db.Set<PeerScoreCount>().AsNoTracking().Where(c => c.Results != 0)
            .Select(c => new { c.Industry, c.SizeBand, c.Score, c.Results }).ToListAsync());
        var keptDone = await app.WithDbAsync(db => db.Set<PeerDoneCount>().AsNoTracking().Where(c => c.Done != 0)
            .Select(c => new { c.Industry, c.SizeBand, c.Question, c.Done }).ToListAsync());

        Assert.Equal(expectedScores, keptScores.Select(c => $"{c.Industry}/{c.SizeBand}/{c.Score}={c.Results}").Order(StringComparer.Ordinal));
        Assert.Equal(expectedDone, keptDone.Select(c => $"{c.Industry}/{c.SizeBand}/q{c.Question}={c.Done}").Order(StringComparer.Ordinal));
        Assert.Equal(organisations.Count + 8, keptScores.Sum(c => c.Results));
        Assert.DoesNotContain(await app.WithDbAsync(db => db.Set<PeerScoreCount>().AsNoTracking().ToListAsync()), c => c.Results < 0);
    }

    [Theory, BothDatabases]
    public async Task AGroupUnderTen_ShowsNothing_AtTenItShowsAverageAndShares_AndNeverAnotherOrganisation(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        for (var i = 0; i < 9; i++)
        {
            await SubmitAsync(app, null, i < 3 ? All(SelfCheckAnswer.Done) : All(SelfCheckAnswer.Partly), "K", 3);
        }

        var client = app.Client();
        var small = await client.GetFromJsonAsync<JsonElement>("/api/self-check/benchmarks?industry=K&size=3");
        Assert.False(small.GetProperty("available").GetBoolean());
        Assert.Equal(JsonValueKind.Null, small.GetProperty("results").ValueKind);
        Assert.Equal(JsonValueKind.Null, small.GetProperty("averageScore").ValueKind);
        Assert.Equal(JsonValueKind.Null, small.GetProperty("questions").ValueKind);

        var resultUrl = await TakeAsync(client, "K", 3, _ => "n");
        var page = await client.GetPageAsync(resultUrl);
        // 3 × 100 + 6 × 50 + 0, over 10 organisations; the tenth scored lowest.
        Assert.Equal("60.0", page.QuerySelector("#peer-average")!.TextContent);
        Assert.Equal("5", page.QuerySelector("#peer-percentile")!.TextContent);
        Assert.Equal("30%", page.QuerySelector("#answer-1 td.num:last-child")!.TextContent);

        var ten = await client.GetFromJsonAsync<JsonElement>("/api/self-check/benchmarks?industry=K&size=3");
        Assert.True(ten.GetProperty("available").GetBoolean());
        Assert.Equal(10, ten.GetProperty("results").GetInt32());
        Assert.Equal(60.0, ten.GetProperty("averageScore").GetDouble());
        Assert.Equal(30, ten.GetProperty("questions")[0].GetProperty("doneShare").GetInt32());
        var text = ten.GetRawText();
        Assert.DoesNotContain("organisation", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("resume", text, StringComparison.OrdinalIgnoreCase);

        var bad = await client.GetAsync("/api/self-check/benchmarks?industry=Z&size=9");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }

    /// <summary>The counts as a scan of every organisation's latest result gives them.</summary>
    private static async Task<(List<string> Scores, List<string> Done)> RecountAsync(TestApp app)
    {
        var results = await app.WithDbAsync(db => db.Set<SelfCheckResult>().AsNoTracking().ToListAsync());
        var latest = results.GroupBy(r => r.OrganisationId).Select(g => g.OrderByDescending(r => r.TakenAt).ThenByDescending(r => r.Id).First()).ToList();
        var scores = latest.GroupBy(r => (r.Industry, r.SizeBand, r.Score))
            .Select(g => $"{g.Key.Industry}/{g.Key.SizeBand}/{g.Key.Score}={g.Count()}").Order(StringComparer.Ordinal).ToList();
        var done = latest.SelectMany(r => r.Answers.Select((letter, i) => (r.Industry, r.SizeBand, Question: i + 1, letter)))
            .Where(a => a.letter == 'd').GroupBy(a => (a.Industry, a.SizeBand, a.Question))
            .Select(g => $"{g.Key.Industry}/{g.Key.SizeBand}/q{g.Key.Question}={g.Count()}").Order(StringComparer.Ordinal).ToList();
        return (scores, done);
    }
}
