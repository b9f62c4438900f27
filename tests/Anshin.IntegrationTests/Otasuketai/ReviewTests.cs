using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anshin.Core.Otasuketai;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Otasuketai.Services;
using Anshin.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;
using static Anshin.IntegrationTests.Otasuketai.OtasuketaiFixtures;

namespace Anshin.IntegrationTests.Otasuketai;

/// <summary>The review workflow, who may do what in it, registration numbers, and versions of the standard's rules.</summary>
public sealed class ReviewTests
{
    private static async Task<HttpResponseMessage> ActAsync(HttpClient staff, int id, string handler, Dictionary<string, string>? fields = null) =>
        await staff.SubmitAsync($"/staff/otasuketai/{id}", fields ?? [], $"/staff/otasuketai/{id}?handler={handler}");

    private static async Task<(TestApp App, HttpClient Provider, HttpClient Reviewer, int Id)> SubmittedAsync(DatabaseKind kind)
    {
        var app = await TestApp.StartAsync(kind, Settings());
        var provider = await RegisteredProviderAsync(app, "見守りテスト株式会社", NumberA, "ops@watch.example.jp");
        var id = await DraftAsync(provider, Application(onSite: false));
        Assert.Equal($"/otasuketai/provider/services/{id}", (await PostApplicationAsync(provider, id, "Submit", Application(onSite: false))).Location());
        await app.Staff().InRole(StaffRoles.Supervisor).CreateAsync("ot-reviewer");
        return (app, provider, await app.SignedInClientAsync("ot-reviewer"), id);
    }

    [Theory, BothDatabases]
    public async Task Reviewer_ReturnsWithCommentsPerRequirement_ProviderRevises_ReviewerRegisters_AndTheServiceIsListed(DatabaseKind kind)
    {
        var (app, provider, reviewer, id) = await SubmittedAsync(kind);
        await using var _ = app;
        Assert.Equal(RequirementOutcome.Fail, (await ServiceAsync(app, id)).CheckOutcome);
        var queue = await reviewer.GetPageAsync("/staff/otasuketai");
        Assert.Contains(queue.QuerySelectorAll("#review-queue tbody a"), a => a.GetAttribute("href") == $"/staff/otasuketai/{id}");

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, "Start")).StatusCode);
        var refused = await Forms.ParseAsync(await ActAsync(reviewer, id, "Return"));
        Assert.NotNull(refused.QuerySelector(".error-summary"));
        Assert.Equal(ServiceStatus.UnderReview, (await ServiceAsync(app, id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, "Return", new()
        {
            ["RequirementComments[on-site]"] = "駆け付けの体制を追加してください。",
            ["Comment"] = "駆け付け支援がないため差し戻します。",
        })).StatusCode);
        Assert.Equal(ServiceStatus.Returned, (await ServiceAsync(app, id)).Status);
        var returned = await provider.GetPageAsync($"/otasuketai/provider/services/{id}");
        Assert.Contains("駆け付けの体制を追加してください。", returned.QuerySelector("#history [data-requirement='on-site']")!.TextContent, StringComparison.Ordinal);

        Assert.Equal($"/otasuketai/provider/services/{id}", (await PostApplicationAsync(provider, id, "Submit", Application())).Location());
        var resubmitted = await ServiceAsync(app, id);
        Assert.Equal((ServiceStatus.Submitted, 2, RequirementOutcome.Pass), (resubmitted.Status, resubmitted.Round, resubmitted.CheckOutcome!.Value));
        await ActAsync(reviewer, id, "Start");
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, "Register")).StatusCode);

        var registered = await ServiceAsync(app, id);
        Assert.Equal(ServiceStatus.Registered, registered.Status);
        Assert.Matches(@"^OT-\d{4}-0001$", registered.RegistrationNumber);
        Assert.NotNull(registered.RegisteredAt);
        var list = await app.Client().GetFromJsonAsync<JsonElement>("/api/otasuketai/services");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(registered.RegistrationNumber, list.GetProperty("services")[0].GetProperty("registrationNumber").GetString());
        Assert.Single(await app.AuditAsync(OtasuketaiAudit.ServiceReturned));
        Assert.Single(await app.AuditAsync(OtasuketaiAudit.ServiceRegistered));

        Assert.NotNull((await Forms.ParseAsync(await ActAsync(reviewer, id, "Suspend", new() { ["Comment"] = " " }))).QuerySelector(".error-summary"));
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, "Suspend", new() { ["Comment"] = "保険契約の失効を確認中" })).StatusCode);
        Assert.Equal(0, (await app.Client().GetFromJsonAsync<JsonElement>("/api/otasuketai/services")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync($"/otasuketai/services/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, "Reinstate")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync($"/otasuketai/services/{id}")).StatusCode);
        Assert.Equal(registered.RegistrationNumber, (await ServiceAsync(app, id)).RegistrationNumber);
    }

    [Theory, BothDatabases]
    public async Task InvalidMoves_AreRefused_AndReviewersCannotChangeTheProvidersFacts(DatabaseKind kind)
    {
        var (app, _, reviewer, id) = await SubmittedAsync(kind);
        await using var _ = app;

        Assert.NotNull((await Forms.ParseAsync(await ActAsync(reviewer, id, "Register"))).QuerySelector(".error-summary"));
        Assert.Equal(ServiceStatus.Submitted, (await ServiceAsync(app, id)).Status);
        await ActAsync(reviewer, id, "Start");
        await ActAsync(reviewer, id, "Register", new() { ["Input.Name"] = "審査担当が書き換えた名前", ["Input.PerSiteMonthly"] = "1" });

        var service = await ServiceAsync(app, id);
        Assert.Equal(ServiceStatus.Registered, service.Status);
        Assert.Equal(("テスト見守りネット", 9_800), (service.Name, service.PerSiteMonthly!.Value));
        Assert.Equal("/otasuketai/provider", (await reviewer.GetAsync($"/otasuketai/provider/services/{id}/edit")).Location());
        Assert.NotNull((await Forms.ParseAsync(await ActAsync(reviewer, id, "Start"))).QuerySelector(".error-summary"));
    }

    [Theory, BothDatabases]
    public async Task ConsultantsAnalystsAndAnonymous_CannotReview_AndOnlyAdministratorsWriteRules(DatabaseKind kind)
    {
        var (app, _, reviewer, id) = await SubmittedAsync(kind);
        await using var _ = app;
        await app.Staff().InRole(StaffRoles.Consultant).CreateAsync("ot-consultant");
        await app.Staff().InRole(StaffRoles.Analyst).CreateAsync("ot-analyst");

        foreach (var name in new[] { "ot-consultant", "ot-analyst" })
        {
            var staff = await app.SignedInClientAsync(name);
            Assert.Contains("/staff/access-denied", (await staff.GetAsync("/staff/otasuketai")).Location(), StringComparison.Ordinal);
            Assert.Contains("/staff/access-denied", (await staff.GetAsync($"/staff/otasuketai/{id}")).Location(), StringComparison.Ordinal);
        }

        Assert.Contains("/staff/signin", (await app.Client().GetAsync($"/staff/otasuketai/{id}")).Location(), StringComparison.Ordinal);
        Assert.Contains("/staff/access-denied", (await reviewer.GetAsync("/staff/otasuketai/standard")).Location(), StringComparison.Ordinal);
        Assert.Equal(ServiceStatus.Submitted, (await ServiceAsync(app, id)).Status);
    }

    [Theory, BothDatabases]
    public async Task ANewVersionOfTheRules_ChecksNewSubmissions_WhileEarlierApplicationsKeepTheirVersion(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        var provider = await RegisteredProviderAsync(app, "見守りテスト株式会社", NumberA, "ops@watch.example.jp");
        var early = await DraftAsync(provider, Application(name: "先の申請", perSite: "11,000"));
        await PostApplicationAsync(provider, early, "Submit", Application(name: "先の申請", perSite: "11,000"));
        await app.Staff().InRole(StaffRoles.Admin).CreateAsync("ot-admin");
        var admin = await app.SignedInClientAsync("ot-admin");
        var rules = new Dictionary<string, string>
        {
            ["Version"] = "2027.1",
            ["Note"] = "ネットワーク型の上限を改定",
            ["Amounts[price-network]"] = "12,000",
            ["Amounts[price-endpoint]"] = "2000",
            ["Amounts[minimum-contract]"] = "1",
            ["Amounts[category2-history]"] = "2",
        };
        var enabled = Requirements.All.Select(r => new KeyValuePair<string, string>("Enabled", r.Code));
        var page = await admin.GetPageAsync("/staff/otasuketai/standard");
        var token = page.QuerySelector("#new-version input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var added = await admin.PostAsync("/staff/otasuketai/standard", new FormUrlEncodedContent(rules.Concat(enabled).Append(new("__RequestVerificationToken", token))));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var duplicate = await admin.PostAsync("/staff/otasuketai/standard", new FormUrlEncodedContent(rules.Concat(enabled).Append(new("__RequestVerificationToken", token))));
        Assert.NotNull((await Forms.ParseAsync(duplicate)).QuerySelector(".error-summary"));
        Assert.Single(await app.AuditAsync(OtasuketaiAudit.StandardVersionAdded));

        var before = await ServiceAsync(app, early);
        Assert.Equal((StandardRules.Initial.Version, RequirementOutcome.Fail), (before.CheckVersion, before.CheckOutcome!.Value));
        var later = await DraftAsync(provider, Application(name: "後の申請", perSite: "11,000"));
        await PostApplicationAsync(provider, later, "Submit", Application(name: "後の申請", perSite: "11,000"));
        var after = await ServiceAsync(app, later);
        Assert.Equal(("2027.1", RequirementOutcome.Pass), (after.CheckVersion, after.CheckOutcome!.Value));
        Assert.Equal(StandardRules.Initial.Version, (await ServiceAsync(app, early)).CheckVersion);
        Assert.Equal("2027.1", (await app.Client().GetPageAsync("/otasuketai/standard")).QuerySelector("#standard-version")!.GetAttribute("data-version"));
    }
}
