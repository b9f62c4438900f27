using System.Globalization;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Statistics;

/// <summary>Cases made straight through the change tracker, at chosen times, so the counts they add are known.</summary>
internal static class StatisticsFixtures
{
    private static int sequence;

    public static async Task<int> MethodIdAsync(TestApp app, string code) =>
        await app.WithDbAsync(db => db.Set<Method>().Where(m => m.Code == code).Select(m => m.Id).SingleAsync());

    /// <summary>Adds a case received at <paramref name="receivedAtUtc"/>.</summary>
    public static async Task<Consultation> AddCaseAsync(TestApp app, DateTime receivedAtUtc, int? methodId = null, Channel channel = Channel.Web,
        CaseStatus status = CaseStatus.New, string os = "Windows 11")
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AnshinDbContext>();
        var n = Interlocked.Increment(ref sequence);
        var c = new Consultation
        {
            ReceiptNumber = string.Create(CultureInfo.InvariantCulture, $"{receivedAtUtc.Year}-{800000 + n}"),
            Channel = channel,
            ReceivedAt = DateTime.SpecifyKind(receivedAtUtc, DateTimeKind.Utc),
            Status = status,
            DeviceType = DeviceType.Pc,
            OperatingSystem = os,
            MethodId = methodId,
            WhatHappened = "統計のテスト",
            DueDate = DateOnly.FromDateTime(receivedAtUtc).AddDays(7),
            UpdatedAt = DateTime.UtcNow,
        };
        db.Add(c);
        await db.SaveChangesAsync();
        return c;
    }
}
