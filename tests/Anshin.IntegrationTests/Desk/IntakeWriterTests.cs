using System.Data.Common;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Desk;

public sealed class IntakeWriterTests
{
    private static PendingIntake Pending(string what, int? methodId = null) => new(
        new IntakeRequest { WhatHappened = what, Email = "batch@example.jp", Consent = true, DeviceType = DeviceType.Pc, MethodId = methodId },
        null, [], DateTimeOffset.UtcNow);

    [Theory, BothDatabases]
    public async Task OneFailingSubmission_DoesNotTakeTheOthersInItsBatchDown(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var writer = app.Factory.Services.GetRequiredService<IntakeWriter>();

        // Queued back to back, so the writer usually takes them as one batch; the second names a 手口 that does not exist.
        var tasks = Enumerable.Range(1, 9)
            .Select(i => writer.WriteAsync(Pending($"まとめて受け付ける相談 {i}", methodId: i == 2 ? 987_654 : null)))
            .ToList();

        await Assert.ThrowsAnyAsync<DbException>(() => tasks[1]); // the foreign key refuses it
        var saved = await Task.WhenAll(tasks.Where((_, i) => i != 1));
        var stored = await app.WithDbAsync(db => db.Set<Consultation>().Where(c => c.ConsulterEmail == "batch@example.jp")
            .Select(c => new { c.Id, c.ReceiptNumber, c.WhatHappened }).ToListAsync());

        Assert.Equal(8, stored.Count);
        Assert.DoesNotContain(stored, c => c.WhatHappened.EndsWith(" 2", StringComparison.Ordinal));
        Assert.Equal(saved.Select(r => r.ReceiptNumber).Order(), stored.Select(c => c.ReceiptNumber).Order());
        Assert.Equal(8, saved.Select(r => r.ReceiptNumber).Distinct().Count());
    }
}
