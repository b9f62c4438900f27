using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Anshin.Core.Calendar;
using Anshin.Core.Desk;
using Anshin.Core.Statistics;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Areas.Statistics.Services;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Statistics;

/// <summary>The daily counts against a direct count over the cases, through creates, recategorisations, merges and deletes.</summary>
[SuppressMessage("Security", "CA5394", Justification = "A seeded random walk, reproducible by design.")]
public sealed class StatisticsLedgerTests
{
    private static readonly Dictionary<string, string?> Quiet = new()
    {
        ["Database:SeedDemoContent"] = "false",
        ["Statistics:FoldEnabled"] = "false",
        ["RateLimits:Enabled"] = "false",
    };

    private static readonly ReportingPeriod Everything = ReportingPeriod.Custom(new DateOnly(2020, 1, 1), new DateOnly(2027, 12, 31))!;

    [Theory, BothDatabases]
    public async Task RandomChanges_LeaveTheCountsEqualToADirectCount_BeforeAndAfterFoldingAndRebuilding(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Quiet);
        var random = new Random(2026);
        var staff = await app.Staff().InRole(Anshin.Web.Platform.Auth.StaffRoles.Consultant).CreateAsync("stats-consultant");
        var actor = new StaffActor(staff.Id, "Stats Test");
        var methods = await app.WithDbAsync(db => db.Set<Method>().Select(m => m.Id).ToListAsync());
        string[] systems = ["Windows 11", "iPhone", "Android 14", "macOS", "", "らくらくホン"];

        // Created through the public API (the multi-row intake path) and through the change tracker, over several days.
        for (var i = 0; i < 12; i++)
        {
            var body = DeskClient.Submission(email: $"user{i}@example.jp");
            body["operatingSystem"] = systems[i % systems.Length];
            await app.Client().SubmitAsync(body);
        }

        await WithScopeAsync(app, async sp =>
        {
            var db = sp.GetRequiredService<AnshinDbContext>();
            for (var i = 0; i < 30; i++)
            {
                db.Add(new Consultation
                {
                    ReceiptNumber = string.Create(CultureInfo.InvariantCulture, $"2025-{900000 + i}"),
                    Channel = (Channel)random.Next(5),
                    ReceivedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(random.Next(24 * 400)),
                    Status = CaseStatus.New,
                    DeviceType = (DeviceType)random.Next(5),
                    OperatingSystem = systems[random.Next(systems.Length)],
                    MethodId = random.Next(3) == 0 ? null : methods[random.Next(methods.Count)],
                    WhatHappened = "テスト",
                    DueDate = new DateOnly(2025, 1, 8),
                    UpdatedAt = DateTime.UtcNow,
                });
            }

            await db.SaveChangesAsync();
        });

        for (var step = 0; step < 60; step++)
        {
            var ids = await app.WithDbAsync(db => db.Set<Consultation>().OrderBy(c => c.Id).Select(c => new { c.Id, c.Version, c.ReceiptNumber, c.Status }).ToListAsync());
            var c = ids[random.Next(ids.Count)];
            await WithScopeAsync(app, async sp =>
            {
                var workflow = sp.GetRequiredService<CaseWorkflow>();
                switch (random.Next(6))
                {
                    case 0:
                        await workflow.ClassifyAsync(c.Id, c.Version, random.Next(4) == 0 ? null : methods[random.Next(methods.Count)], Urgency.Normal, [], actor, CancellationToken.None);
                        break;
                    case 1:
                        var to = (CaseStatus)random.Next(7);
                        if (to != CaseStatus.Merged)
                        {
                            await workflow.ChangeStatusAsync(c.Id, c.Version, to, actor, CancellationToken.None);
                        }

                        break;
                    case 2:
                        var target = ids[random.Next(ids.Count)];
                        await workflow.MergeAsync(c.Id, c.Version, target.ReceiptNumber, actor, CancellationToken.None);
                        break;
                    case 3:
                        await workflow.AssignAsync(c.Id, c.Version, random.Next(2) == 0 ? staff.Id : null, actor, CancellationToken.None);
                        break;
                    case 4 when step % 3 == 0:
                        var db = sp.GetRequiredService<AnshinDbContext>();
                        var doomed = await db.Set<Consultation>().SingleAsync(x => x.Id == c.Id);
                        await db.Set<Consultation>().Where(x => x.MergedIntoId == c.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.MergedIntoId, (long?)null));
                        db.Remove(doomed);
                        await db.SaveChangesAsync();
                        break;
                    default:
                        await sp.GetRequiredService<CountFolder>().FoldAsync(CancellationToken.None);
                        break;
                }
            });
        }

        // The walk did what it is for: some cases merged, some deleted, some recategorised away from their first 手口.
        var after = await app.WithDbAsync(db => db.Set<Consultation>().ToListAsync());
        Assert.Contains(after, c => c.Status == CaseStatus.Merged);
        Assert.True(after.Count < 42, "no case was deleted");
        await AssertCountsMatchAsync(app);
        await WithScopeAsync(app, sp => sp.GetRequiredService<CountFolder>().FoldAsync(CancellationToken.None));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CountDelta>().CountAsync()));
        await AssertCountsMatchAsync(app);
        await WithScopeAsync(app, sp => sp.GetRequiredService<StatisticsRebuilder>().RebuildAsync(CancellationToken.None));
        await AssertCountsMatchAsync(app);
    }

    [Theory, BothDatabases]
    public async Task ACaseAnsweredOnACall_CountsItsFirstAnswerTime_AndMergedCasesLeaveTheTotals(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Quiet);
        var first = await app.CaseAsync(await app.Client().SubmitAsync());
        var second = await app.CaseAsync(await app.Client().SubmitAsync(DeskClient.Submission(email: "b@example.jp")));
        var today = ReportingPeriod.WeekOf(BusinessCalendar.ToTokyoDate(DateTimeOffset.UtcNow));
        var staff = await app.Staff().InRole(Anshin.Web.Platform.Auth.StaffRoles.Consultant).CreateAsync("merger");

        Assert.Equal(2, await ReadAsync(app, r => r.TotalAsync(today, CancellationToken.None)));
        await WithScopeAsync(app, sp => sp.GetRequiredService<CaseWorkflow>()
            .MergeAsync(second.Id, second.Version, first.ReceiptNumber, new StaffActor(staff.Id, "Merger"), CancellationToken.None));
        Assert.Equal(1, await ReadAsync(app, r => r.TotalAsync(today, CancellationToken.None)));
        var statuses = await ReadAsync(app, r => r.CountsAsync(StatisticsDimension.Status, today, CancellationToken.None));
        Assert.Equal(new Dictionary<string, int> { ["0"] = 1 }, statuses);
    }

    private static async Task AssertCountsMatchAsync(TestApp app)
    {
        var cases = await app.WithDbAsync(db => db.Set<Consultation>().AsNoTracking().ToListAsync());
        var counted = cases.Where(c => c.Status is not (CaseStatus.Merged or CaseStatus.Spam)).ToList();
        var inv = CultureInfo.InvariantCulture;
        var expected = new Dictionary<StatisticsDimension, Dictionary<string, int>>
        {
            [StatisticsDimension.Total] = counted.Count == 0 ? [] : new() { [""] = counted.Count },
            [StatisticsDimension.Method] = Group(counted, c => c.MethodId?.ToString(inv) ?? ""),
            [StatisticsDimension.Channel] = Group(counted, c => ((int)c.Channel).ToString(inv)),
            [StatisticsDimension.Device] = Group(counted, c => ((int)c.DeviceType).ToString(inv)),
            [StatisticsDimension.OperatingSystem] = Group(counted, c => ((int)OsFamilies.Classify(c.OperatingSystem)).ToString(inv)),
            [StatisticsDimension.Status] = Group(counted, c => ((int)c.Status).ToString(inv)),
            [StatisticsDimension.Sla] = Group(counted, c => ((int)c.SlaOutcome).ToString(inv)),
            [StatisticsDimension.Assignee] = Group(counted, c => c.AssigneeId ?? ""),
        };

        foreach (var (dimension, counts) in expected)
        {
            var actual = await ReadAsync(app, r => r.CountsAsync(dimension, Everything, CancellationToken.None));
            Assert.True(counts.OrderBy(p => p.Key).SequenceEqual(actual.OrderBy(p => p.Key)),
                $"{dimension}: expected {string.Join(", ", counts.OrderBy(p => p.Key))} but counted {string.Join(", ", actual.OrderBy(p => p.Key))}");
        }

        // Per day too: the receipt day in Japan time.
        var byDay = counted.GroupBy(c => BusinessCalendar.ToTokyoDate(new DateTimeOffset(c.ReceivedAt))).ToDictionary(g => g.Key, g => g.Count());
        var daily = await ReadAsync(app, r => r.DailyAsync(StatisticsDimension.Total, Everything.From, Everything.To, CancellationToken.None));
        Assert.Equal(byDay.OrderBy(p => p.Key), daily.Select(d => new KeyValuePair<DateOnly, int>(d.Day, d.Count)));
    }

    private static Dictionary<string, int> Group(IEnumerable<Consultation> cases, Func<Consultation, string> key) =>
        cases.GroupBy(key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static async Task<T> ReadAsync<T>(TestApp app, Func<StatisticsReader, Task<T>> read)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<StatisticsReader>());
    }

    private static async Task WithScopeAsync(TestApp app, Func<IServiceProvider, Task> action)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }
}
