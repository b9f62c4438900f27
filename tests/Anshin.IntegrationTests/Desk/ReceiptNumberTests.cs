using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Desk;

public sealed class ReceiptNumberTests
{
    [Theory, BothDatabases]
    public async Task ParallelSubmissions_GetUniqueSequentialNumbers(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        const int count = 200;

        var receipts = await Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            Task.Run(() => app.Client().SubmitAsync(DeskClient.Submission($"同時送信のテスト {i} 回目。詐欺の電話がありました。")))));

        Assert.Equal(count, receipts.Distinct().Count());
        var year = receipts[0][..4];
        Assert.All(receipts, r => Assert.StartsWith(year + "-", r, StringComparison.Ordinal));
        var all = await app.WithDbAsync(db => db.Set<Consultation>().Select(c => c.ReceiptNumber).ToListAsync());
        var sequences = all.Where(r => r.StartsWith(year, StringComparison.Ordinal)).Select(r => int.Parse(r[5..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        // No gaps and no repeats: 1, 2, 3 … across the demo cases and the parallel ones.
        Assert.Equal(Enumerable.Range(1, sequences.Count), sequences);
    }

    [Theory, BothDatabases]
    public async Task Numbers_StartAgainEachYear_InJapanTime(DatabaseKind kind)
    {
        // 2026-12-31 15:30 UTC is already 1 January 2027 in Japan.
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 31, 14, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(kind, services: s => s.AddSingleton<TimeProvider>(clock));
        var client = app.Client();

        var lastOf2026 = await client.SubmitAsync();
        clock.Now = new DateTimeOffset(2026, 12, 31, 15, 30, 0, TimeSpan.Zero);
        var firstOf2027 = await client.SubmitAsync();

        Assert.StartsWith("2026-", lastOf2026, StringComparison.Ordinal);
        Assert.Equal("2027-000001", firstOf2027);
    }
}
