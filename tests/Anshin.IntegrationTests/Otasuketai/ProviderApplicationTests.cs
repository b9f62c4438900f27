using System.Net;
using Anshin.Core.Otasuketai;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Areas.Otasuketai.Services;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;
using static Anshin.IntegrationTests.Otasuketai.OtasuketaiFixtures;

namespace Anshin.IntegrationTests.Otasuketai;

/// <summary>Provider accounts and applications: registration, the check on save and live, submission, and isolation between providers.</summary>
public sealed class ProviderApplicationTests
{
    [Theory, BothDatabases]
    public async Task Registration_RefusesABadCorporateNumber_AndSavesNothing(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        var client = app.Client();
        var fields = Profile("見守りテスト株式会社", "5999901000012");
        fields["Email"] = "ops@watch.example.jp";
        fields["Password"] = Password;

        var page = await Forms.ParseAsync(await client.SubmitAsync("/otasuketai/provider/register", fields));

        Assert.Contains("法人番号", page.QuerySelector("#p-number ~ .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#confirmation-sent"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OtasuketaiProvider>().CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync()));
    }

    [Theory, BothDatabases]
    public async Task Provider_SavesADraftThatFailsOnPrice_FixesIt_AndSubmits_WithTheCheckAndVersionStored(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        var provider = await RegisteredProviderAsync(app, "見守りテスト株式会社", NumberA, "ops@watch.example.jp");

        var id = await DraftAsync(provider, Application(perSite: "１０，００１"));
        var draft = await ServiceAsync(app, id);
        Assert.Equal(ServiceStatus.Draft, draft.Status);
        Assert.Equal(10_001, draft.PerSiteMonthly);
        Assert.Equal(RequirementOutcome.Fail, draft.CheckOutcome);
        var edit = await provider.GetPageAsync($"/otasuketai/provider/services/{id}/edit");
        Assert.Equal("Fail", edit.QuerySelector("#live-check [data-requirement='price-network']")!.GetAttribute("data-outcome"));
        Assert.Contains("¥10,001", edit.QuerySelector("#live-check [data-requirement='price-network']")!.TextContent, StringComparison.Ordinal);

        var submitted = await PostApplicationAsync(provider, id, "Submit", Application(perSite: "10000"));

        Assert.Equal($"/otasuketai/provider/services/{id}", submitted.Location());
        var service = await ServiceAsync(app, id);
        Assert.Equal(ServiceStatus.Submitted, service.Status);
        Assert.Equal(StandardRules.Initial.Version, service.CheckVersion);
        Assert.Equal(RequirementOutcome.Pass, service.CheckOutcome);
        Assert.Equal(1, service.Round);
        Assert.Equal(10_000L, service.EntryMonthly);
        var kinds = await app.WithDbAsync(db => db.Set<ServiceEvent>().Where(e => e.ServiceId == id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([ServiceEventKinds.Created, ServiceEventKinds.Submitted], kinds);
        Assert.Single(await app.AuditAsync(OtasuketaiAudit.ServiceSubmitted));
        Assert.Single(await app.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Kind == OutboxKinds.OtasuketaiNotice && m.ToAddress == "ops@watch.example.jp").ToListAsync()));

        Assert.Equal($"/otasuketai/provider/services/{id}", (await provider.GetAsync($"/otasuketai/provider/services/{id}/edit")).Location());
        var token = (await provider.GetPageAsync($"/otasuketai/provider/services/{id}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var again = await provider.PostAsync($"/otasuketai/provider/services/{id}/edit?handler=Save",
            new FormUrlEncodedContent(Application(perSite: "1").Append(new("__RequestVerificationToken", token))));
        Assert.NotNull((await Forms.ParseAsync(again)).QuerySelector(".error-summary"));
        Assert.Equal(10_000, (await ServiceAsync(app, id)).PerSiteMonthly);
    }

    [Theory, BothDatabases]
    public async Task LiveCheck_ShowsTheEndpointCapAtItsBoundary_AndStoresNothing(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        var provider = await RegisteredProviderAsync(app, "見守りテスト株式会社", NumberA, "ops@watch.example.jp");

        async Task<string?> OutcomeAsync(string perDevice, string minimum, string requirement)
        {
            var response = await PostApplicationAsync(provider, null, "LiveCheck", Application(type: "Endpoint", perSite: null, perDevice: perDevice, minimumDevices: minimum));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await Forms.ParseAsync(response);
            return html.QuerySelector($"[data-requirement='{requirement}']")?.GetAttribute("data-outcome");
        }

        Assert.Equal("Pass", await OutcomeAsync("2,000", "1", Requirements.EndpointPrice));
        Assert.Equal("Fail", await OutcomeAsync("2001", "1", Requirements.EndpointPrice));
        Assert.Equal("Pass", await OutcomeAsync("2000", "1", Requirements.MinimumContract));
        Assert.Equal("Fail", await OutcomeAsync("2000", "2", Requirements.MinimumContract));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OtasuketaiService>().CountAsync()));
    }

    [Fact]
    public async Task LiveChecks_DoNotCountTowardThePostLimit_SoTheProviderCanStillSave()
    {
        var settings = Settings();
        settings["RateLimits:PostsPerWindow"] = "6";
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite, settings);
        var provider = await RegisteredProviderAsync(app, "見守りテスト株式会社", NumberA, "ops@watch.example.jp");

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostApplicationAsync(provider, null, "LiveCheck", Application(perSite: $"{9_000 + i}"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await PostApplicationAsync(provider, null, "Save", Application())).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task ABadAmount_IsShownNextToItsField_AndTheDraftIsNotSaved(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        var provider = await RegisteredProviderAsync(app, "見守りテスト株式会社", NumberA, "ops@watch.example.jp");

        var response = await PostApplicationAsync(provider, null, "Save", Application(perSite: "九千円"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#s-persitemonthly ~ .field-error")!.TextContent));
        Assert.Equal("九千円", page.QuerySelector("#s-persitemonthly")!.GetAttribute("value"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OtasuketaiService>().CountAsync()));
    }

    [Theory, BothDatabases]
    public async Task AProvider_ReachesOnlyItsOwnApplications_WhateverTheId(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        var first = await RegisteredProviderAsync(app, "見守りテスト株式会社", NumberA, "ops@watch.example.jp");
        var second = await RegisteredProviderAsync(app, "別の事業者株式会社", NumberB, "ops@other.example.jp");
        var id = await DraftAsync(first, Application());

        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync($"/otasuketai/provider/services/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync($"/otasuketai/provider/services/{id}/edit")).StatusCode);
        var token = (await second.GetPageAsync("/otasuketai/provider/services/new")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var withdraw = await second.PostAsync($"/otasuketai/provider/services/{id}?handler=Withdraw",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        var save = await second.PostAsync($"/otasuketai/provider/services/{id}/edit?handler=Save",
            new FormUrlEncodedContent(Application(name: "乗っ取り").Append(new("__RequestVerificationToken", token))));
        Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
        Assert.Equal("テスト見守りネット", (await ServiceAsync(app, id)).Name);
        Assert.Empty((await second.GetPageAsync("/otasuketai/provider")).QuerySelectorAll("#provider-services tbody tr"));
        Assert.Single((await first.GetPageAsync("/otasuketai/provider")).QuerySelectorAll("#provider-services tbody tr"));

        var anonymous = app.Client();
        Assert.Equal("/otasuketai/provider", (await anonymous.GetAsync($"/otasuketai/provider/services/{id}")).Location());
        Assert.Null((await anonymous.GetPageAsync("/otasuketai/provider")).QuerySelector("#provider-services"));
    }
}
