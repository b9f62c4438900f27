using System.Text.Json;
using Anshin.Core.Desk;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Anshin.IntegrationTests.Platform;

public sealed class RowInserterTests
{
    private static readonly Dictionary<string, string?> NoDemo = new() { ["Database:SeedDemoContent"] = "false" };

    [Theory, BothDatabases]
    public async Task RowsWrittenInBulk_ReadBackExactlyAsTheSameRowsSavedByEf(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, NoDemo);
        var received = new DateTime(2026, 11, 30, 23, 59, 58, DateTimeKind.Utc).AddTicks(1234560);
        Consultation Make(int n, bool withOptional) => new()
        {
            ReceiptNumber = new ReceiptNumber(2026, n).ToString(),
            Channel = Channel.Email,
            ReceivedAt = received,
            Status = CaseStatus.InProgress,
            Urgency = Urgency.High,
            Subject = "偽の警告画面",
            DeviceType = DeviceType.Smartphone,
            OperatingSystem = "iOS 18",
            WhatHappened = "ｻﾎﾟｰﾄ詐欺の画面が出ました。'quotes' and \\ backslash",
            ConsulterName = withOptional ? "山田 花子" : null,
            ConsulterEmail = withOptional ? "hanako@example.jp" : null,
            ConsentedAt = withOptional ? received.AddSeconds(1) : null,
            SlaRemainingDays = withOptional ? 3 : null,
            DueDate = new DateOnly(2026, 12, 7),
            Language = withOptional ? "en" : "ja",
            Flags = withOptional ? CaseFlags.UnconfirmedSender : CaseFlags.None,
            UpdatedAt = received,
            Version = 2,
        };

        var viaEf = new List<Consultation> { Make(1, true), Make(2, false) };
        var inBulk = Enumerable.Range(3, 700).Select(n => Make(n, n % 2 == 1)).ToList(); // 700 rows × 37 columns: one statement on PostgreSQL, many small ones on SQLite
        var outbox = new OutboxMessage
        {
            CreatedAt = received,
            Kind = OutboxKinds.Acknowledgement,
            ToAddress = "a@example.jp",
            Subject = "件名",
            Body = "本文",
            State = OutboxState.Pending,
            NextAttemptAt = received,
            MessageIdHeader = "<bulk@anshin.test>",
        };

        await app.WithDbAsync(async db =>
        {
            db.AddRange(viaEf);
            await db.SaveChangesAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            await RowInserter.InsertReturningKeysAsync(db, inBulk, nameof(Consultation.ReceiptNumber), c => c.ReceiptNumber, (c, id) => c.Id = id, CancellationToken.None);
            await RowInserter.InsertAsync(db, [outbox], CancellationToken.None);
            await tx.CommitAsync();
            return 0;
        });

        var stored = await app.WithDbAsync(db => db.Set<Consultation>().AsNoTracking().ToListAsync());
        Assert.Equal(702, stored.Count);
        Assert.All(inBulk, c => Assert.Equal(c.ReceiptNumber, stored.Single(s => s.Id == c.Id).ReceiptNumber));
        static string Comparable(Consultation c)
        {
            var json = JsonSerializer.SerializeToNode(c)!.AsObject();
            json.Remove(nameof(Consultation.Id));
            json.Remove(nameof(Consultation.ReceiptNumber));
            return json.ToJsonString();
        }

        string Row(int n) => Comparable(stored.Single(s => s.ReceiptNumber == new ReceiptNumber(2026, n).ToString()));
        Assert.Equal(Row(1), Row(3)); // with the optional values, saved by EF and in bulk
        Assert.Equal(Row(2), Row(4)); // without them
        Assert.NotEqual(Row(1), Row(2));

        var mail = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.MessageIdHeader == "<bulk@anshin.test>"));
        Assert.Equal(received, mail.CreatedAt);
        Assert.Equal(OutboxState.Pending, mail.State);
        Assert.True(mail.Id > 0);
    }
}
