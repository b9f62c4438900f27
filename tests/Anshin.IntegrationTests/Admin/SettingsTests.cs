using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Auth;

namespace Anshin.IntegrationTests.Admin;

public sealed class SettingsTests
{
    private static Dictionary<string, string> Desk(string phone, string hours, bool requireTwoFactor) => new()
    {
        ["Input.NameJa"] = "テスト相談窓口",
        ["Input.NameEn"] = "Test Help Desk",
        ["Input.Phone"] = phone,
        ["Input.Fax"] = "",
        ["Input.Email"] = "desk@example.jp",
        ["Input.AddressJa"] = "",
        ["Input.AddressEn"] = "",
        ["Input.PhoneHours"] = hours,
        ["Input.RequireTwoFactor"] = requireTwoFactor ? "true" : "false",
    };

    [Theory, BothDatabases]
    public async Task DeskProfile_ChangedByAdmin_ShowsOnThePublicSiteAtOnce(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Staff().InRole(StaffRoles.Admin).CreateAsync("settings-admin");
        var admin = await app.SignedInClientAsync("settings-admin");
        var visitor = app.Client();
        Assert.Contains("03-0000-0000", (await visitor.GetPageAsync("/")).QuerySelector("footer")!.TextContent, StringComparison.Ordinal);

        var saved = await admin.SubmitAsync("/admin/settings", Desk("0120-123-456", "9:30-12:00, 13:00-16:30", false));

        Assert.Equal("/admin/settings", saved.Location());
        var footer = (await visitor.GetPageAsync("/")).QuerySelector("footer")!.TextContent;
        Assert.Contains("0120-123-456", footer, StringComparison.Ordinal);
        Assert.Contains("9:30～12:00、13:00～16:30", footer, StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync(AuditActions.SettingsChanged));
    }

    [Fact]
    public async Task DeskProfile_WithBadHours_IsRefused_AndNothingChanges()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        await app.Staff().InRole(StaffRoles.Admin).CreateAsync("settings-admin2");
        var admin = await app.SignedInClientAsync("settings-admin2");

        var refused = await admin.SubmitAsync("/admin/settings", Desk("0120-123-456", "17:00-10:00", false));

        Assert.Null(refused.Location());
        Assert.Contains("時刻順", (await Forms.ParseAsync(refused)).QuerySelector("[data-valmsg-for='Input.PhoneHours']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("03-0000-0000", (await app.Client().GetPageAsync("/")).QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.AuditAsync(AuditActions.SettingsChanged));
    }

    [Theory, BothDatabases]
    public async Task RequiredTwoFactor_SendsStaffWithoutItToEnrolment(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Staff().InRole(StaffRoles.Admin).CreateAsync("settings-admin3");
        await app.Staff().CreateAsync("plain-consultant");
        var admin = await app.SignedInClientAsync("settings-admin3");
        await admin.SubmitAsync("/admin/settings", Desk("03-0000-0000", "10:00-12:00, 13:30-17:00", true));

        var consultant = await app.SignedInClientAsync("plain-consultant");

        Assert.StartsWith("/staff/account/two-factor", (await consultant.GetAsync("/staff")).Location(), StringComparison.Ordinal);
    }
}
