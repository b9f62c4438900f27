using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Admin;

public sealed class AdminAccessTests
{
    [Theory, BothDatabases]
    public async Task Consultant_IsForbidden_OnAdminPagesAndAuditApi(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Staff().InRole(StaffRoles.Consultant).CreateAsync("consultant1");
        var client = await app.SignedInClientAsync("consultant1");

        var page = await client.GetAsync("/admin/staff");
        Assert.StartsWith("http://localhost/staff/access-denied", page.Location(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(page.Location())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/audit")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task RoleChanges_ReachOpenSessions_AndDeactivationEndsThem(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var member = await app.Staff().InRole(StaffRoles.Consultant).CreateAsync("promoted");
        var client = await app.SignedInClientAsync("promoted");
        Assert.StartsWith("http://localhost/staff/access-denied", (await client.GetAsync("/admin/staff")).Location(), StringComparison.Ordinal);

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            await users.AddToRoleAsync((await users.FindByIdAsync(member.Id))!, StaffRoles.Admin);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/desk")).StatusCode);

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByIdAsync(member.Id))!;
            user.IsActive = false;
            await users.UpdateAsync(user);
        }

        Assert.StartsWith("http://localhost/staff/signin", (await client.GetAsync("/desk")).Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn_AndApiAnswers401()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        var client = app.Client();

        Assert.StartsWith("http://localhost/staff/signin", (await client.GetAsync("/admin")).Location(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/audit")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task Admin_CreatesStaff_WithOneTimePassword_AndTheActionIsAudited(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Staff().InRole(StaffRoles.Admin).CreateAsync("admin1");
        var client = await app.SignedInClientAsync("admin1");

        var response = await client.SubmitAsync("/admin/staff/new", new Dictionary<string, string>
        {
            ["UserName"] = "newbie",
            ["Form.DisplayName"] = "新人 太郎",
            ["Form.Email"] = "ｎｅｗｂｉｅ@desk.example.jp",
            ["Form.Roles"] = StaffRoles.Supervisor,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        var password = page.QuerySelector("[data-testid=one-time-password]")!.TextContent;
        Assert.Equal(20, password.Length);
        var created = Assert.Single(await app.AuditAsync(AuditActions.StaffCreated), e => e.ActorName == "admin1");
        Assert.Contains("Supervisor", created.Detail, StringComparison.Ordinal);

        var newbie = app.Client();
        Assert.Equal("/staff", (await newbie.SignInAsync("newbie@desk.example.jp", password)).Location());
        Assert.Equal("/staff/account/change-password", (await newbie.GetAsync("/staff")).Location());
    }

    [Fact]
    public async Task Admin_CreateStaff_WithBadInput_ShowsErrors_AndCreatesNothing()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        await app.Staff().InRole(StaffRoles.Admin).CreateAsync("admin2");
        var client = await app.SignedInClientAsync("admin2");

        var response = await client.SubmitAsync("/admin/staff/new", new Dictionary<string, string>
        {
            ["UserName"] = "a b",
            ["Form.DisplayName"] = "",
            ["Form.Email"] = "not-an-address",
        });

        var page = await Forms.ParseAsync(response);
        var errors = string.Join("|", page.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
        Assert.Contains("表示名を入力してください", errors, StringComparison.Ordinal);
        Assert.Contains("メールアドレスの形式", errors, StringComparison.Ordinal);
        Assert.Contains("役割を1つ以上", errors, StringComparison.Ordinal);
        Assert.DoesNotContain(await app.AuditAsync(AuditActions.StaffCreated), e => e.ActorName == "admin2");
    }

    [Theory, BothDatabases]
    public async Task AuditTrail_FiltersAndExportsCsvWithBom(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Staff().InRole(StaffRoles.Admin).CreateAsync("auditor");
        await app.Client().SignInAsync("auditor", "=cmd|' /C calc'!A0 wrong");
        var client = await app.SignedInClientAsync("auditor");

        var page = await client.GetPageAsync("/admin/audit?Query.Action=signin&Query.Failed=true");
        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Single(rows);

        var csv = await client.GetAsync("/admin/audit?handler=Export&Query.Action=signin");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("occurred_at_jst,actor_id,actor_name,action", text, StringComparison.Ordinal);
        Assert.Contains("signin.failure", text, StringComparison.Ordinal);
        Assert.Contains("signin.success", text, StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync(AuditActions.AuditExported));
    }

    [Theory, BothDatabases]
    public async Task ApiToken_ReadsTheAuditTrail_UntilRevoked(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Staff().InRole(StaffRoles.Admin).CreateAsync("integrator");
        var admin = await app.SignedInClientAsync("integrator");

        var issued = await admin.SubmitAsync("/admin/api-clients", new Dictionary<string, string>
        {
            ["Name"] = "partner-siem",
            ["Scopes"] = ApiScopes.AuditRead,
        });
        var token = (await Forms.ParseAsync(issued)).QuerySelector("[data-testid=api-token]")!.TextContent;

        var machine = app.Factory.CreateClient();
        machine.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await machine.GetAsync("/api/audit?action=signin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("total").GetInt32() >= 1);

        var clients = await admin.GetPageAsync("/admin/api-clients");
        var revokeForm = clients.QuerySelector("form[action*='handler=Revoke']")!;
        await admin.SubmitAsync("/admin/api-clients", new Dictionary<string, string>(), revokeForm.GetAttribute("action"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/api/audit")).StatusCode);
    }
}
