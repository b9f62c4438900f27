using System.Text.RegularExpressions;
using Anshin.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Anshin.BrowserTests;

/// <summary>The statistics pages for staff: charts beside their tables, periods chosen without a script, no serious WCAG violations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StatisticsDashboardTests(FreshApp fresh, Chromium chromium, ITestOutputHelper output)
    : BrowserTest(fresh.Process, chromium), IClassFixture<FreshApp>
{
    [Fact]
    public async Task TheDashboard_ChangesPeriodByForm_AndItsPagesPassAxe()
    {
        var page = await OpenPageAsync(bypassCsp: true);
        await StaffSignIn.FirstTimeAsync(page, AppProcess.AdminUserName, App.OneTimePassword);

        await page.GotoAsync("/staff/statistics");
        await Expect(page.Locator(".stat-figure").First).ToBeVisibleAsync();
        await Expect(page.Locator("section.breakdown").First).ToBeVisibleAsync();

        await page.Locator("#period").SelectOptionAsync(new SelectOptionValue { Label = "2025年度" });
        await page.GetByRole(AriaRole.Button, new() { Name = "表示", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("period=fy2025"));
        await Expect(page.Locator("h1")).ToContainTextAsync("2025年度");

        await page.GetByLabel("開始日").FillAsync("2025-04-01");
        await page.GetByLabel("終了日").FillAsync("2025-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "この期間を表示", Exact = true }).ClickAsync();
        await Expect(page.Locator("[role=alert]")).ToContainTextAsync("期間の指定が正しくありません");

        foreach (var path in new[] { "/staff/statistics", "/staff/statistics/indicators", "/staff/statistics/reports", "/staff/statistics/history" })
        {
            await page.GotoAsync(path);
            var violations = await Axe.WcagViolationsAsync(page);
            foreach (var minor in violations.Where(v => !v.IsSeriousOrCritical))
            {
                output.WriteLine($"axe-core on {path}, not failing the test: {minor}");
            }

            var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
            Assert.True(serious.Count == 0, $"axe-core found on {path}:\n{string.Join("\n", serious)}");
        }
    }
}
