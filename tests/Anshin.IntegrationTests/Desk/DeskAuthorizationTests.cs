using System.Net;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;

namespace Anshin.IntegrationTests.Desk;

public sealed class DeskAuthorizationTests
{
    [Theory, BothDatabases]
    public async Task Anonymous_ReachesNoCaseAttachmentOrStaffApi_WhateverTheId(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var body = DeskClient.Submission("秘密の相談内容です。");
        body["attachments"] = new[] { new { fileName = "a.png", contentBase64 = Convert.ToBase64String(Samples.Png) } };
        await app.Client().SubmitAsync(body);
        var maxId = await app.WithDbAsync(db => db.Set<Consultation>().MaxAsync(c => c.Id));
        var anonymous = app.Client();

        var urls = Enumerable.Range(0, (int)maxId + 3).SelectMany(i => new[]
        {
            $"/desk/cases/{i}", $"/desk/attachments/{i}", $"/api/desk/cases/{i}", $"/desk/examples/new/{i}",
        }).Concat(["/desk", "/api/desk/cases", "/desk/approvals", "/desk/templates", "/desk/examples", "/desk/new?channel=Phone",
            "/admin/methods", "/admin/referrals", "/desk/cases/99999999999", "/desk/attachments/-1"]);
        foreach (var url in urls)
        {
            var response = await anonymous.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Found or HttpStatusCode.Unauthorized or HttpStatusCode.NotFound,
                $"{url} answered {(int)response.StatusCode}");
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("秘密の相談内容", text, StringComparison.Ordinal);
            Assert.DoesNotContain("taro@example.jp", text, StringComparison.Ordinal);
        }

        // Nor can it change anything.
        var post = await anonymous.PostAsync($"/desk/cases/{maxId}?handler=Claim", new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "0" }));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Null((await app.WithDbAsync(db => db.Set<Consultation>().SingleAsync(c => c.Id == maxId))).AssigneeId);
    }

    [Theory, BothDatabases]
    public async Task Analyst_ReadsCases_ButCannotChangeThem(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var c = await app.CaseAsync(await app.Client().SubmitAsync());
        await app.Staff().InRole(StaffRoles.Analyst).CreateAsync("authz-analyst");
        var analyst = await app.SignedInClientAsync("authz-analyst");

        var page = await analyst.GetAsync($"/desk/cases/{c.Id}");
        var claim = await analyst.PostHandlerAsync($"/desk/cases/{c.Id}", "Claim", new Dictionary<string, string> { ["version"] = "0" });
        var newCase = await analyst.GetAsync("/desk/new?channel=Phone");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/staff/access-denied", claim.Location(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, newCase.StatusCode);
        Assert.Equal(CaseStatus.New, (await app.CaseAsync(c.ReceiptNumber)).Status);
        Assert.Null(((await Forms.ParseAsync(page)).QuerySelector("form[action*='handler=Reply']")));
    }

    [Theory, BothDatabases]
    public async Task Consultant_CannotManageStaffTaxonomyOrApprovals(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Staff().CreateAsync("authz-consultant");
        var consultant = await app.SignedInClientAsync("authz-consultant");

        foreach (var url in new[] { "/admin/staff", "/admin/methods", "/admin/referrals", "/desk/approvals", "/desk/templates" })
        {
            var response = await consultant.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Found or HttpStatusCode.Forbidden, $"{url} answered {(int)response.StatusCode}");
            Assert.Contains("/staff/access-denied", response.Headers.Location?.OriginalString ?? "/staff/access-denied", StringComparison.Ordinal);
        }

        var before = await app.WithDbAsync(db => db.Set<Method>().CountAsync());
        await consultant.PostAsync("/admin/methods", new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = "x", ["NameJa"] = "x" }));
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Method>().CountAsync()));
    }

    [Theory, BothDatabases]
    public async Task Admin_EditsTheTaxonomy_AndItIsAudited(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        await app.Staff().InRole(StaffRoles.Admin).CreateAsync("authz-admin");
        var admin = await app.SignedInClientAsync("authz-admin");
        var parent = await app.WithDbAsync(db => db.Set<Method>().Where(m => m.Code == "phishing").Select(m => m.Id).SingleAsync());

        var saved = await admin.SubmitAsync("/admin/methods", new Dictionary<string, string>
        {
            ["Code"] = "phishing-sms",
            ["NameJa"] = "SMSからのフィッシング",
            ["NameEn"] = "Phishing by SMS",
            ["ParentId"] = parent.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SortOrder"] = "3",
            ["IsActive"] = "true",
        });
        var duplicate = await admin.SubmitAsync("/admin/methods", new Dictionary<string, string> { ["Code"] = "phishing-sms", ["NameJa"] = "重複" });

        Assert.Equal("/admin/methods", saved.Location());
        Assert.Equal(parent, await app.WithDbAsync(db => db.Set<Method>().Where(m => m.Code == "phishing-sms").Select(m => m.ParentId).SingleAsync()));
        Assert.Contains("既に使われています", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync(Anshin.Web.Areas.Desk.Services.DeskAudit.TaxonomyChanged));
    }
}
