using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anshin.Core.SelfCheck;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.IntegrationTests.SelfCheck;
using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Anshin.IntegrationTests.SecurityAction;

/// <summary>Declaring ★ and ★★, confirmation through the outbox, verification, change, withdrawal and suspension.</summary>
public sealed class DeclarationTests
{
    /// <summary>国税庁's published corporate number.</summary>
    private const string NtaNumber = "7000012050002";

    internal static Dictionary<string, string> Details(string name = "みなと精機株式会社", string corporateNumber = NtaNumber, string email = "info@minato.example.jp") => new()
    {
        ["Input.ApplicantKind"] = "Corporation",
        ["Input.CorporateNumber"] = corporateNumber,
        ["Input.Name"] = name,
        ["Input.NameKana"] = "ミナトセイキ",
        ["Input.Prefecture"] = "14",
        ["Input.Address"] = "横浜市中区本町1-1",
        ["Input.Industry"] = "E",
        ["Input.Employees"] = "１８",
        ["Input.ContactName"] = "港 花子",
        ["Input.ContactEmail"] = email,
        ["Input.Purpose"] = "Subsidy",
    };

    private static IEnumerable<KeyValuePair<string, string>> Pledges(int count = 5) =>
        Enumerable.Range(1, count).Select(n => new KeyValuePair<string, string>("Input.Pledges", n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Posts the application form with repeated pledge fields (a dictionary cannot hold them).</summary>
    internal static async Task<HttpResponseMessage> ApplyAsync(HttpClient client, int level, Dictionary<string, string> fields, int pledges = 5)
    {
        var url = $"/security-action/apply?level={level}";
        var page = await client.GetPageAsync(url);
        var token = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var all = fields.Append(new("Level", level.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("__RequestVerificationToken", token)).Concat(Pledges(pledges));
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    /// <summary>Applies and expects the "check your inbox" page; otherwise fails with the errors the form showed.</summary>
    internal static async Task AppliedAsync(HttpClient client, int level, Dictionary<string, string> fields)
    {
        var response = await ApplyAsync(client, level, fields);
        if (response.Location() != "/security-action/applied")
        {
            var page = await Forms.ParseAsync(response);
            var errors = page.QuerySelectorAll(".field-error, .error-summary li").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0);
            Assert.Fail($"the application was refused ({(int)response.StatusCode}): {string.Join(" | ", errors)}");
        }
    }

    internal static async Task<string> ConfirmAsync(TestApp app, HttpClient client, string email)
    {
        var mail = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Kind == OutboxKinds.DeclarationConfirmation && m.ToAddress == email).OrderByDescending(m => m.Id).FirstAsync());
        var token = mail.Body.Split("token=")[1][..64];
        var confirmed = await Forms.ParseAsync(await client.SubmitAsync($"/security-action/confirm?token={token}", new Dictionary<string, string> { ["Token"] = token }));
        return confirmed.QuerySelector("#declaration-id")!.TextContent;
    }

    [Theory, BothDatabases]
    public async Task OneStar_IsDeclaredOnlyAfterTheAddressIsConfirmed_AndThenVerifiesWithoutContactData(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, SelfCheckFixtures.Settings());
        var client = app.Client();

        var missing = await Forms.ParseAsync(await ApplyAsync(client, 1, Details(), pledges: 4));
        Assert.Contains("5", missing.QuerySelector("#pledges .field-error")!.TextContent, StringComparison.Ordinal);
        var corrupted = await Forms.ParseAsync(await ApplyAsync(client, 1, Details(corporateNumber: "7000012050003")));
        Assert.Contains("法人番号", corrupted.QuerySelector("#corporate-number ~ .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Declaration>().CountAsync()));

        await AppliedAsync(client, 1, Details());
        var pending = await app.WithDbAsync(db => db.Set<Declaration>().AsNoTracking().SingleAsync());
        Assert.Equal((DeclarationState.Pending, null, 18, 2), (pending.State, pending.PublicId, pending.Employees, pending.SizeBand));
        var mail = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Kind == OutboxKinds.DeclarationConfirmation));
        Assert.Equal("info@minato.example.jp", mail.ToAddress);
        Assert.Contains("https://anshin.example.jp/security-action/confirm?token=", mail.Body, StringComparison.Ordinal);

        // Opening the link changes nothing; pressing the button declares.
        var token = mail.Body.Split("token=")[1][..64];
        await client.GetPageAsync($"/security-action/confirm?token={token}");
        Assert.Equal(DeclarationState.Pending, await app.WithDbAsync(db => db.Set<Declaration>().Select(d => d.State).SingleAsync()));
        var id = await ConfirmAsync(app, client, "info@minato.example.jp");
        Assert.Matches("^[1-9][0-9]{10}$", id);
        Assert.Single(await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Kind == OutboxKinds.DeclarationNotice && m.Body.Contains(id)).ToListAsync()));

        var anyone = app.Client();
        var response = await anyone.GetAsync($"/api/security-action/declarations/{id[..4]}-{id[4..]}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, json.GetProperty("id").GetString());
        Assert.Equal(1, json.GetProperty("level").GetInt32());
        Assert.Equal("みなと精機株式会社", json.GetProperty("organisationName").GetString());
        Assert.Equal("神奈川県", json.GetProperty("prefecture").GetString());
        Assert.Equal("active", json.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("withdrawnOn").ValueKind);
        var text = json.GetRawText();
        foreach (var secret in new[] { "info@minato", "港 花子", "本町", "contact", "email", "address" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }

        // Cache-friendly: the same ETag answers 304.
        var etag = response.Headers.ETag!;
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/security-action/declarations/{id}");
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await anyone.SendAsync(conditional)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/api/security-action/declarations/12345678901")).StatusCode);

        var page = await anyone.GetPageAsync($"/security-action/verify?id={id}");
        Assert.Contains("みなと精機株式会社", page.QuerySelector(".verification")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("info@minato", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var list = await anyone.GetPageAsync("/security-action/declarants?q=ﾐﾅﾄ&prefecture=14");
        Assert.Single(list.QuerySelectorAll("#declarants tbody tr"));
    }

    [Theory, BothDatabases]
    public async Task TwoStars_NeedsARecentDiagnosisOfTheSameOrganisation_AndAWellFormedPolicyUrl(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, SelfCheckFixtures.Settings());
        var client = app.Client();
        var withUrl = new Dictionary<string, string>(Details()) { ["Input.PolicyUrl"] = "https://minato.example.jp/security-policy" };

        var noDiagnosis = await Forms.ParseAsync(await ApplyAsync(client, 2, withUrl));
        Assert.NotEmpty(noDiagnosis.QuerySelector("#diagnosis-error")!.TextContent);

        // Someone else's diagnosis does not count; the organisation's own does.
        await SelfCheckFixtures.SubmitAsync(app, null, SelfCheckFixtures.All(SelfCheckAnswer.Done), "E", 2);
        await SelfCheckFixtures.TakeAsync(client, "E", 2, _ => "d");
        var badUrl = new Dictionary<string, string>(withUrl) { ["Input.PolicyUrl"] = "javascript:alert(1)" };
        var refused = await Forms.ParseAsync(await ApplyAsync(client, 2, badUrl));
        Assert.NotEmpty(refused.QuerySelector("#policy-url ~ .field-error")!.TextContent);
        Assert.Equal("", refused.QuerySelector("#diagnosis-error")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Declaration>().CountAsync()));

        await AppliedAsync(client, 2, withUrl);
        var id = await ConfirmAsync(app, client, "info@minato.example.jp");
        var declaration = await app.WithDbAsync(db => db.Set<Declaration>().AsNoTracking().SingleAsync());
        Assert.Equal((2, "https://minato.example.jp/security-policy"), (declaration.Level, declaration.PolicyUrl));
        Assert.NotNull(declaration.SelfCheckResultId);
        var json = await app.Client().GetFromJsonAsync<JsonElement>($"/api/security-action/declarations/{id}");
        Assert.Equal(2, json.GetProperty("level").GetInt32());
    }

    [Theory, BothDatabases]
    public async Task Withdrawing_KeepsTheIdVerifiable_AsWithdrawnWithItsDate_AndTheHistoryRecordsEachStep(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, SelfCheckFixtures.Settings());
        var client = app.Client();
        await AppliedAsync(client, 1, Details());
        var id = await ConfirmAsync(app, client, "info@minato.example.jp");

        var changed = new Dictionary<string, string>(Details(name: "みなと精機ホールディングス株式会社"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/security-action/declaration", changed, "/security-action/declaration?handler=Change")).StatusCode);
        var refused = await Forms.ParseAsync(await client.SubmitAsync("/security-action/declaration", new Dictionary<string, string>(), "/security-action/declaration?handler=Withdraw"));
        Assert.NotNull(refused.QuerySelector(".field-error:not(:empty)"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/security-action/declaration",
            new Dictionary<string, string> { ["ConfirmWithdraw"] = "true", ["WithdrawReason"] = "事業を譲渡したため" }, "/security-action/declaration?handler=Withdraw")).StatusCode);

        var json = await app.Client().GetFromJsonAsync<JsonElement>($"/api/security-action/declarations/{id}");
        Assert.Equal("withdrawn", json.GetProperty("status").GetString());
        Assert.Equal("みなと精機ホールディングス株式会社", json.GetProperty("organisationName").GetString());
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", json.GetProperty("withdrawnOn").GetString());
        var byNumber = await app.Client().GetFromJsonAsync<JsonElement>($"/api/security-action/declarations?corporateNumber={NtaNumber}");
        Assert.Equal("withdrawn", byNumber.GetProperty("declarations")[0].GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client().GetAsync("/api/security-action/declarations?corporateNumber=7000012050003")).StatusCode);
        Assert.Empty((await app.Client().GetPageAsync("/security-action/declarants")).QuerySelectorAll("#declarants tbody tr"));

        var kinds = await app.WithDbAsync(db => db.Set<DeclarationEvent>().AsNoTracking().OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([DeclarationEventKind.Applied, DeclarationEventKind.Declared, DeclarationEventKind.Changed, DeclarationEventKind.Withdrawn], kinds);
        var changedEvent = await app.WithDbAsync(db => db.Set<DeclarationEvent>().AsNoTracking().SingleAsync(e => e.Kind == DeclarationEventKind.Changed));
        Assert.Equal("Name", changedEvent.Detail);
    }

    [Theory, BothDatabases]
    public async Task Ids_AreElevenRandomDigits_NotInSequence(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, SelfCheckFixtures.Settings());
        var ids = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            var client = app.Client();
            var email = $"firm{i}@example.jp";
            await AppliedAsync(client, 1, Details(name: $"試験商事{i}", corporateNumber: "", email: email).Where(f => f.Key != "Input.CorporateNumber")
                .ToDictionary(f => f.Key, f => f.Key == "Input.ApplicantKind" ? "SoleProprietor" : f.Value));
            ids.Add(long.Parse(await ConfirmAsync(app, client, email), System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.All(ids, id => Assert.InRange(id, 10_000_000_000, 99_999_999_999));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var steps = ids.Order().Zip(ids.Order().Skip(1), (a, b) => b - a).ToList();
        Assert.DoesNotContain(1L, steps);
        Assert.True(steps.Distinct().Count() > 1, "the IDs are evenly spaced");
    }

    [Theory, BothDatabases]
    public async Task Supervisors_SuspendWithAReason_Audited_AndConsultantsCannotSeeTheList(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, SelfCheckFixtures.Settings());
        var client = app.Client();
        await AppliedAsync(client, 1, Details());
        var id = await ConfirmAsync(app, client, "info@minato.example.jp");
        await app.Staff().InRole(StaffRoles.Supervisor).CreateAsync("sa-supervisor");
        await app.Staff().InRole(StaffRoles.Consultant).CreateAsync("sa-consultant");

        var consultant = await app.SignedInClientAsync("sa-consultant");
        Assert.Contains("/staff/access-denied", (await consultant.GetAsync("/staff/security-action")).Location(), StringComparison.Ordinal);

        var supervisor = await app.SignedInClientAsync("sa-supervisor");
        var found = await supervisor.GetPageAsync($"/staff/security-action?q={id}");
        var link = found.QuerySelector("#staff-declarations tbody a")!.GetAttribute("href")!;
        var detail = await supervisor.GetPageAsync(link);
        Assert.Contains("info@minato.example.jp", detail.QuerySelector("#staff-declaration")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await Forms.ParseAsync(await supervisor.SubmitAsync(link, new Dictionary<string, string> { ["Reason"] = " " }, link + "?handler=Suspend"))).QuerySelector(".field-error:not(:empty)"));
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.SubmitAsync(link, new Dictionary<string, string> { ["Reason"] = "実在しない法人名での宣言" }, link + "?handler=Suspend")).StatusCode);

        var json = await app.Client().GetFromJsonAsync<JsonElement>($"/api/security-action/declarations/{id}");
        Assert.Equal("suspended", json.GetProperty("status").GetString());
        Assert.DoesNotContain("実在しない", json.GetRawText(), StringComparison.Ordinal);
        var audit = Assert.Single(await app.AuditAsync("sa.suspend"));
        Assert.Equal("sa-supervisor", audit.ActorName);
        Assert.Equal($"declaration:{id}", audit.Target);
    }
}
