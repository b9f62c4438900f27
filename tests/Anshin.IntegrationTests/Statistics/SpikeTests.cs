using Anshin.Core.Calendar;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Platform.Auth;

namespace Anshin.IntegrationTests.Statistics;

/// <summary>A 手口 rising this week is listed on the dashboard, and its "draft an alert" opens a pre-filled alert.</summary>
public sealed class SpikeTests
{
    [Theory, BothDatabases]
    public async Task ARisingMethod_IsListed_AndItsDraftAlertOpensPrefilled(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, new Dictionary<string, string?> { ["Statistics:FoldEnabled"] = "false" });
        var ransomware = await StatisticsFixtures.MethodIdAsync(app, "ransomware");
        var phishing = await StatisticsFixtures.MethodIdAsync(app, "phishing");
        var now = DateTime.UtcNow;
        for (var week = 1; week <= 8; week++)
        {
            await StatisticsFixtures.AddCaseAsync(app, now.AddDays(-7 * week - 1), ransomware);
            for (var i = 0; i < 3; i++)
            {
                await StatisticsFixtures.AddCaseAsync(app, now.AddDays(-7 * week - 2).AddHours(i), phishing);
            }
        }

        for (var i = 0; i < 7; i++)
        {
            await StatisticsFixtures.AddCaseAsync(app, now.AddHours(-i * 20), ransomware);
        }

        for (var i = 0; i < 4; i++)
        {
            await StatisticsFixtures.AddCaseAsync(app, now.AddHours(-i * 20), phishing); // a little above its usual 3: no alarm
        }

        await app.Staff().InRole(StaffRoles.Consultant).CreateAsync("spike-consultant");
        var staff = await app.SignedInClientAsync("spike-consultant");
        var dashboard = await staff.GetPageAsync("/staff/statistics");
        var rows = dashboard.QuerySelectorAll(".spikes tbody tr").ToList();
        var row = Assert.Single(rows);
        Assert.Equal("ランサムウェア", row.QuerySelector("th")!.TextContent);
        Assert.Equal("7", row.QuerySelectorAll("td")[0].TextContent);

        var draft = row.QuerySelector("a.button")!.GetAttribute("href")!;
        Assert.StartsWith("/staff/articles/edit?type=Alert", draft, StringComparison.Ordinal);
        var editor = await staff.GetPageAsync(draft);
        Assert.Equal("ランサムウェアに関する相談が増えています", editor.QuerySelector("input[name='Input.Title']")!.GetAttribute("value"));
        Assert.Contains("7件", editor.QuerySelector("textarea[name='Input.Body']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Alert", editor.QuerySelector("select[name='Input.Type'] option[selected]")!.GetAttribute("value"));
        Assert.NotNull(editor.QuerySelector($"input[name='Input.MethodIds'][value='{ransomware}'][checked]"));
        Assert.Equal(BusinessCalendar.ToTokyoDate(DateTimeOffset.UtcNow).AddDays(-6).ToString("M月d日", System.Globalization.CultureInfo.InvariantCulture),
            System.Text.RegularExpressions.Regex.Match(editor.QuerySelector("textarea[name='Input.Body']")!.TextContent, @"\d+月\d+日").Value);
    }
}
