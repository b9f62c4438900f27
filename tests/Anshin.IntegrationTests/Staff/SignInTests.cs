using System.Net;
using Anshin.Core.Security;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Platform.Audit;

namespace Anshin.IntegrationTests.Staff;

public sealed class SignInTests
{
    [Theory, BothDatabases]
    public async Task SignIn_Succeeds_AndIsAudited(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var user = await app.Staff().CreateAsync("sato");

        var response = await app.Client().SignInAsync("sato", StaffBuilder.Password);

        Assert.Equal("/staff", response.Location());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("anshin.staff=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var entry = Assert.Single(await app.AuditAsync(AuditActions.SignInSucceeded));
        Assert.Equal(user.Id, entry.ActorId);
        Assert.Equal("sato", entry.ActorName);
    }

    [Theory, BothDatabases]
    public async Task WrongPassword_IsRefused_AndAuditedAsFailure(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Staff().CreateAsync("suzuki");

        var response = await app.Client().SignInAsync("suzuki", "wrong password here");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.Contains("ユーザー名またはパスワードが正しくありません", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var entry = Assert.Single(await app.AuditAsync(AuditActions.SignInFailed));
        Assert.False(entry.Succeeded);
        Assert.Equal("suzuki", entry.ActorName);
        Assert.DoesNotContain("wrong password here", entry.Detail ?? "", StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task RepeatedFailures_LockTheAccount_EvenForTheRightPassword(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, new Dictionary<string, string?> { ["Auth:MaxFailedAttempts"] = "3" });
        await app.Staff().CreateAsync("tanaka");
        var client = app.Client();

        for (var i = 0; i < 3; i++)
        {
            await client.SignInAsync("tanaka", "not the password " + i);
        }

        var response = await client.SignInAsync("tanaka", StaffBuilder.Password);

        Assert.Null(response.Location());
        var page = await Forms.ParseAsync(response);
        Assert.Contains("ロック", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(await app.AuditAsync(AuditActions.SignInLockedOut));
    }

    [Fact]
    public async Task SignInPost_WithoutAntiforgeryToken_IsRejected()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        await app.Staff().CreateAsync("ito");

        var response = await app.Client().PostAsync("/staff/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "ito",
            ["Input.Password"] = StaffBuilder.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await app.AuditAsync(AuditActions.SignInSucceeded));
    }

    [Fact]
    public async Task SignIn_IsRateLimitedPerAddress()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite, new Dictionary<string, string?> { ["RateLimits:SignInPerWindow"] = "3" });
        var client = app.Client();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.SignInAsync("nobody", "whatever password")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory, BothDatabases]
    public async Task AnonymousPosts_AreLimited_ButSignedInStaffAreNot(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, new Dictionary<string, string?> { ["RateLimits:PostsPerWindow"] = "2" });
        await app.Staff().CreateAsync("busy-consultant");
        var staff = await app.SignedInClientAsync("busy-consultant");
        var anonymous = app.Client();

        var anonymousStatuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            anonymousStatuses.Add((await anonymous.PostAsync("/", new FormUrlEncodedContent([]))).StatusCode);
        }

        Assert.NotEqual(HttpStatusCode.TooManyRequests, anonymousStatuses[1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, anonymousStatuses[2]);
        for (var i = 0; i < 3; i++)
        {
            var response = await staff.SubmitAsync("/staff/account/two-factor", new Dictionary<string, string> { ["Code"] = "000000" });
            Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        }
    }

    [Theory, BothDatabases]
    public async Task OneTimePassword_ForcesAChange_BeforeAnyOtherStaffPage(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Staff().WithOneTimePassword().CreateAsync("kato");
        var client = await app.SignedInClientAsync("kato");

        Assert.Equal("/staff/account/change-password", (await client.GetAsync("/staff")).Location());

        var weak = await client.SubmitAsync("/staff/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = StaffBuilder.Password,
            ["Input.NewPassword"] = "password1234",
            ["Input.ConfirmPassword"] = "password1234",
        });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("よく使われて", (await Forms.ParseAsync(weak)).QuerySelector("[data-valmsg-for='Input.NewPassword']")!.TextContent, StringComparison.Ordinal);

        var changed = await client.SubmitAsync("/staff/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = StaffBuilder.Password,
            ["Input.NewPassword"] = "夕焼け小焼けで日が暮れて",
            ["Input.ConfirmPassword"] = "夕焼け小焼けで日が暮れて",
        });
        Assert.Equal("/staff", changed.Location());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        Assert.Single(await app.AuditAsync(AuditActions.PasswordChanged));
    }

    [Theory, BothDatabases]
    public async Task TwoFactor_RequiresACurrentCode_AndRefusesItsReplay(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var secret = Totp.NewSecret();
        await app.Staff().WithTotp(Base32.Encode(secret)).CreateAsync("yamada");
        var client = app.Client();

        var first = await client.SignInAsync("yamada", StaffBuilder.Password);
        Assert.StartsWith("/staff/signin/two-factor", first.Location(), StringComparison.Ordinal);
        Assert.Equal("/staff/signin?ReturnUrl=%2Fstaff", (await client.GetAsync("/staff")).Location()?.Replace("http://localhost", "", StringComparison.Ordinal));

        var code = new Totp(secret).Compute(DateTimeOffset.UtcNow);
        var wrong = await client.SubmitAsync("/staff/signin/two-factor", new Dictionary<string, string> { ["Code"] = code == "000000" ? "111111" : "000000" });
        Assert.Null(wrong.Location());

        var right = await client.SubmitAsync("/staff/signin/two-factor", new Dictionary<string, string> { ["Code"] = code });
        Assert.Equal("/staff", right.Location());

        var other = app.Client();
        await other.SignInAsync("yamada", StaffBuilder.Password);
        var replay = await other.SubmitAsync("/staff/signin/two-factor", new Dictionary<string, string> { ["Code"] = code });
        Assert.Null(replay.Location());
    }

    [Theory, BothDatabases]
    public async Task SignOutEverywhere_EndsTheOtherSessions(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Staff().CreateAsync("kobayashi");
        var laptop = await app.SignedInClientAsync("kobayashi");
        var phone = await app.SignedInClientAsync("kobayashi");
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/staff")).StatusCode);

        var response = await laptop.SubmitAsync("/staff/account", new Dictionary<string, string>(), "/staff/account?handler=SignOutEverywhere");

        Assert.Equal("/staff/signin", response.Location());
        Assert.StartsWith("http://localhost/staff/signin", (await phone.GetAsync("/staff")).Location(), StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync(AuditActions.SignOutEverywhere));
    }

    [Fact]
    public async Task SignOut_FromTheStaffHeader_EndsTheSession()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        await app.Staff().CreateAsync("nakamura");
        var client = await app.SignedInClientAsync("nakamura");

        var staffHome = await client.GetPageAsync("/staff");
        var form = staffHome.QuerySelector("header form[method=post]")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal("/staff/signin", response.Location());
        Assert.StartsWith("http://localhost/staff/signin", (await client.GetAsync("/staff")).Location(), StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync(AuditActions.SignOut));
    }

    [Theory, BothDatabases]
    public async Task TotpEnrolment_KeepsTheSession_AndTurnsOnTwoFactor(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Staff().CreateAsync("watanabe");
        var client = await app.SignedInClientAsync("watanabe");

        var first = await client.GetPageAsync("/staff/account/two-factor");
        var key = first.QuerySelector("[data-testid=totp-key]")!.TextContent;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/account/two-factor")).StatusCode);
        Assert.StartsWith("data:image/svg+xml;base64,", first.QuerySelector(".qr img")!.GetAttribute("src"), StringComparison.Ordinal);

        var code = new Totp(Base32.Decode(key)).Compute(DateTimeOffset.UtcNow);
        var enabled = await client.SubmitAsync("/staff/account/two-factor", new Dictionary<string, string> { ["Code"] = code });

        var page = await Forms.ParseAsync(enabled);
        Assert.Equal(10, page.QuerySelectorAll(".codes li").Length);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        Assert.Single(await app.AuditAsync(AuditActions.TwoFactorEnabled));
    }
}
