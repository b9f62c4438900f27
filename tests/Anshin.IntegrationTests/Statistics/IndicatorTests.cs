using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Areas.Statistics.Services;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Statistics;

/// <summary>Scam indicators found in cases and messages, clustered on the early-warning page and shown on each case.</summary>
public sealed class IndicatorTests
{
    private static readonly Dictionary<string, string?> Manual = new() { ["Statistics:IndicatorScanEnabled"] = "false", ["RateLimits:Enabled"] = "false" };

    [Theory, BothDatabases]
    public async Task CasesNamingTheSameNumber_Cluster_HoweverItWasWritten_AndTheCasePageShowsTheOthers(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Manual);
        var first = await app.CaseAsync(await app.Client().SubmitAsync(DeskClient.Submission(
            "偽の警告画面に「0120-123-456」に電話するよう出ました。hxxps://fake-support[.]xyz/help も開きました。", "a@example.jp")));
        var second = await app.CaseAsync(await app.Client().SubmitAsync(DeskClient.Submission(
            "警告が出て、０１２０－１２３－４５６ に電話をかけてしまいました。Apple ギフトカードを5万円分買うよう言われました。", "b@example.jp")));
        var own = DeskClient.Submission("私の電話番号は 090-1111-2222 です。警告画面が消えません。", "c@example.jp");
        own["phone"] = "090-1111-2222";
        var third = await app.CaseAsync(await app.Client().SubmitAsync(own));
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AnshinDbContext>();
            db.Add(new ConsultationMessage { ConsultationId = third.Id, Kind = MessageKind.Inbound, CreatedAt = DateTime.UtcNow, Body = "追伸：リンクは https://fake-support.xyz/login でした。" });
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<IndicatorScanner>().ScanAsync(CancellationToken.None);
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<IndicatorScanner>().ScanAsync(CancellationToken.None));
        }

        var values = await app.WithDbAsync(db => db.Set<CaseIndicator>().Select(i => new { i.ConsultationId, i.Value }).ToListAsync());
        Assert.Equal(2, values.Count(v => v.Value == "0120123456"));
        Assert.DoesNotContain(values, v => v.Value == "09011112222");
        Assert.Contains(values, v => v.ConsultationId == third.Id && v.Value == "fake-support.xyz");

        await app.Staff().InRole(StaffRoles.Consultant).CreateAsync("wave-consultant");
        var staff = await app.SignedInClientAsync("wave-consultant");
        var board = await staff.GetPageAsync("/staff/statistics/indicators");
        var rows = board.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("0120-123-456", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("fake-support[.]xyz", StringComparison.Ordinal));
        Assert.DoesNotContain("fake-support.xyz", board.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var cases = await staff.GetPageAsync("/staff/statistics/indicators?kind=PhoneNumber&value=0120123456");
        Assert.Equal([first.ReceiptNumber, second.ReceiptNumber], cases.QuerySelectorAll("tbody th a").Select(a => a.TextContent).Order().ToList());

        var raw = await staff.GetAsync($"/desk/cases/{first.Id}");
        Assert.True(raw.IsSuccessStatusCode, $"{(int)raw.StatusCode}: {await raw.Content.ReadAsStringAsync()}");
        var casePage = await staff.GetPageAsync($"/desk/cases/{first.Id}");
        var shared = casePage.QuerySelector(".shared-indicators")!;
        Assert.Contains(shared.QuerySelectorAll("a"), a => a.TextContent == second.ReceiptNumber);
        Assert.Contains(shared.QuerySelectorAll("a"), a => a.TextContent == third.ReceiptNumber);
    }
}
