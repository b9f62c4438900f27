using System.Net;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.SelfCheck.Model;
using Microsoft.EntityFrameworkCore;
using static Anshin.IntegrationTests.SelfCheck.SelfCheckFixtures;

namespace Anshin.IntegrationTests.SelfCheck;

/// <summary>The diagnosis through its pages: saved as it goes, the result for its organisation only, and the way back.</summary>
public sealed class SelfCheckFlowTests
{
    [Theory, BothDatabases]
    public async Task AnswersAreSavedOnEveryPage_MissingOnesAreNamed_AndGoingBackKeepsThem(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        var client = app.Client();
        await client.SubmitAsync("/self-check", new Dictionary<string, string>(), "/self-check?handler=Start");

        var noProfile = await Forms.ParseAsync(await client.SubmitAsync("/self-check/profile", new Dictionary<string, string> { ["Industry"] = "Z" }));
        Assert.Contains("業種", noProfile.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/self-check/part/1", (await client.SubmitAsync("/self-check/profile", new Dictionary<string, string> { ["Industry"] = "E", ["SizeBand"] = "2" })).Location());

        // Four of five answered: the page comes back naming the fifth, and the four are kept.
        var partial = Answer([1, 2, 3, 4], "d");
        var page = await Forms.ParseAsync(await client.SubmitAsync("/self-check/part/1", partial));
        Assert.NotNull(page.QuerySelector("#question-5.has-error #error-5"));
        Assert.Null(page.QuerySelector("#question-4.has-error"));
        Assert.Equal("dddd-", (await DraftAsync(app))[..5]);

        Assert.Equal("/self-check/part/2", (await client.SubmitAsync("/self-check/part/1", Answer([5], "u"))).Location());
        Assert.Equal("/self-check/part/1", (await client.SubmitAsync("/self-check/part/2", Answer([6, 7], "p", go: "back"))).Location());
        var back = await client.GetPageAsync("/self-check/part/1");
        Assert.Equal("u", back.QuerySelector("input[name=q5][checked]")!.GetAttribute("value"));
        Assert.Equal("ddddupp", (await DraftAsync(app))[..7]);

        // The front page offers to continue where the person stopped.
        var progress = (await client.GetPageAsync("/self-check")).QuerySelector("[role=status]")!.TextContent;
        Assert.Contains("25問中7問", progress, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task TheResult_ShowsScoreBandAndNextSteps_OnlyToItsOrganisation_AndTheResumeCodeBringsItBack(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        var client = app.Client();

        var resultUrl = await TakeAsync(client, "E", 2, q => q == 24 ? "n" : q == 25 ? "u" : "d");
        Assert.Matches("^/self-check/results/[0-9]+$", resultUrl);
        var result = await client.GetPageAsync(resultUrl);
        Assert.Equal("91", result.QuerySelector("#score")!.TextContent);
        Assert.Contains("おおむね", result.QuerySelector("#band")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(result.QuerySelector("#follow-up-24 a[href^='/articles/']"));
        Assert.NotNull(result.QuerySelector("#follow-up-25"));
        Assert.Null(result.QuerySelector("#follow-up-23"));
        Assert.NotNull(result.QuerySelector("#peers-unavailable"));
        var code = result.QuerySelector("#resume-code")!.TextContent;
        Assert.Matches("^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$", code);

        // The code is shown once; the page itself stays the organisation's.
        Assert.Null((await client.GetPageAsync(resultUrl)).QuerySelector("#resume-code"));
        var stranger = app.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(resultUrl)).StatusCode);

        var wrong = await Forms.ParseAsync(await stranger.SubmitAsync("/self-check/resume", new Dictionary<string, string> { ["Code"] = "AAAA-BBBB-CCCC-DDDD" }));
        Assert.NotNull(wrong.QuerySelector(".field-error"));
        Assert.Equal("/self-check/history", (await stranger.SubmitAsync("/self-check/resume", new Dictionary<string, string> { ["Code"] = code.ToLowerInvariant() })).Location());
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync(resultUrl)).StatusCode);

        // A second diagnosis by the same organisation: history, and changes per question since the first.
        var second = await TakeAsync(stranger, "E", 2, q => q == 25 ? "d" : q == 1 ? "p" : "d");
        var secondPage = await stranger.GetPageAsync(second);
        Assert.Contains("+", secondPage.QuerySelector("#since-last")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("改善", secondPage.QuerySelector("#answer-25 .change")!.TextContent);
        Assert.Equal("後退", secondPage.QuerySelector("#answer-1 .change")!.TextContent);
        var history = await stranger.GetPageAsync("/self-check/history");
        Assert.Equal(2, history.QuerySelectorAll("#history tbody tr").Length);
        Assert.NotNull(history.QuerySelector("svg[role=img]"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Organisation>().CountAsync()));
    }

    [Theory, BothDatabases]
    public async Task AnAccount_ConfirmedByLink_SignsInWithPasswordOrAOneTimeLink(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        var client = app.Client();
        await TakeAsync(client, "I", 1, _ => "d");

        var weak = await Forms.ParseAsync(await client.SubmitAsync("/self-check/account",
            new Dictionary<string, string> { ["Email"] = "owner@example.jp", ["Password"] = "password" }, "/self-check/account?handler=Register"));
        Assert.NotNull(weak.QuerySelector(".field-error"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/self-check/account",
            new Dictionary<string, string> { ["Email"] = "Ｏｗｎｅｒ@example.jp", ["Password"] = "川沿いの小さな工場2026" }, "/self-check/account?handler=Register")).StatusCode);

        var outsider = app.Client();
        Assert.NotNull((await Forms.ParseAsync(await outsider.SubmitAsync("/self-check/signin",
            new Dictionary<string, string> { ["Email"] = "owner@example.jp", ["Password"] = "川沿いの小さな工場2026" }))).QuerySelector(".field-error"));

        var confirm = await app.WithDbAsync(db => db.Set<Anshin.Web.Platform.Outbox.OutboxMessage>().AsNoTracking().SingleAsync(m => m.Kind == "sme.link"));
        Assert.Equal("owner@example.jp", confirm.ToAddress);
        var link = "/self-check/link?token=" + confirm.Body.Split("token=")[1][..64];
        Assert.Equal("/self-check/history", (await outsider.SubmitAsync(link, new Dictionary<string, string> { ["Token"] = link[^64..] })).Location());
        Assert.NotNull((await Forms.ParseAsync(await app.Client().SubmitAsync(link, new Dictionary<string, string> { ["Token"] = link[^64..] }))).QuerySelector("[role=alert]"));

        var byPassword = app.Client();
        Assert.Equal("/self-check/history", (await byPassword.SubmitAsync("/self-check/signin",
            new Dictionary<string, string> { ["Email"] = "owner@example.jp", ["Password"] = "川沿いの小さな工場2026" })).Location());
        Assert.Single((await byPassword.GetPageAsync("/self-check/history")).QuerySelectorAll("#history tbody tr"));

        await app.Client().SubmitAsync("/self-check/signin", new Dictionary<string, string> { ["Email"] = "owner@example.jp" }, "/self-check/signin?handler=Link");
        await app.Client().SubmitAsync("/self-check/signin", new Dictionary<string, string> { ["Email"] = "nobody@example.jp" }, "/self-check/signin?handler=Link");
        var links = await app.WithDbAsync(db => db.Set<Anshin.Web.Platform.Outbox.OutboxMessage>().AsNoTracking().Where(m => m.Kind == "sme.link").ToListAsync());
        Assert.Equal(2, links.Count);
        Assert.All(links, m => Assert.Equal("owner@example.jp", m.ToAddress));
    }

    private static Task<string> DraftAsync(TestApp app) =>
        app.WithDbAsync(db => db.Set<SelfCheckDraft>().AsNoTracking().Select(d => d.Answers).SingleAsync());
}
