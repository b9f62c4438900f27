using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Desk;

public sealed class RetentionTests
{
    [Theory, BothDatabases]
    public async Task OldClosedCases_LoseTheirPersonalData_StatisticsStay_OpenCasesAreUntouched(DatabaseKind kind)
    {
        var clock = new FixedClock(FixedClock.Tokyo(2023, 6, 1));
        await using var app = await TestApp.StartAsync(kind, new Dictionary<string, string?> { ["Desk:RetentionEnabled"] = "false" },
            s => s.AddSingleton<TimeProvider>(clock));
        var body = DeskClient.Submission("山田太郎です。サポート詐欺の電話に出てしまいました。");
        body["name"] = "山田 太郎";
        body["phone"] = "090-1234-5678";
        body["attachments"] = new[] { new { fileName = "a.png", contentBase64 = Convert.ToBase64String(Samples.Png) } };
        var old = await app.CaseAsync(await app.Client().SubmitAsync(body));
        var open = await app.CaseAsync(await app.Client().SubmitAsync(body));
        await app.Staff().CreateAsync("retention-consultant");
        var staff = await app.SignedInClientAsync("retention-consultant");
        await staff.PostHandlerAsync($"/desk/cases/{old.Id}", "Reply", new Dictionary<string, string>
        {
            ["version"] = "0",
            ["Reply.Subject"] = "回答",
            ["Reply.Body"] = "山田様、偽の警告です。",
            ["Reply.StatusOnSend"] = "Closed",
        });
        await app.WithDbAsync(db => db.Set<Consultation>().Where(c => c.Id == old.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.MethodId, db.Set<Method>().Where(m => m.Code == "fake-warning").Select(m => (int?)m.Id).First())));
        var closed = await app.CaseAsync(old.ReceiptNumber);

        clock.Now = clock.Now.AddDays(3 * 365 + 2);
        int? first, second;
        using (var scope = app.Factory.Services.CreateScope())
        {
            first = await scope.ServiceProvider.GetRequiredService<Retention>().RunAsync(CancellationToken.None);
        }

        using (var scope = app.Factory.Services.CreateScope())
        {
            second = await scope.ServiceProvider.GetRequiredService<Retention>().RunAsync(CancellationToken.None);
        }

        var after = await app.CaseAsync(old.ReceiptNumber);
        Assert.True(first >= 1);
        Assert.Equal(0, second);
        Assert.NotNull(after.AnonymizedAt);
        Assert.Null(after.ConsulterName);
        Assert.Null(after.ConsulterEmail);
        Assert.Null(after.ConsulterPhone);
        Assert.Equal("", after.WhatHappened);
        // What statistics need survives.
        Assert.Equal(closed.MethodId, after.MethodId);
        Assert.Equal(closed.ReceivedAt, after.ReceivedAt);
        Assert.Equal(closed.Channel, after.Channel);
        Assert.Equal(closed.SlaOutcome, after.SlaOutcome);
        Assert.Equal(closed.DeviceType, after.DeviceType);
        Assert.Equal(CaseStatus.Closed, after.Status);
        var bodies = await app.WithDbAsync(db => db.Set<ConsultationMessage>().Where(m => m.ConsultationId == old.Id).Select(m => m.Body).ToListAsync());
        Assert.All(bodies, b => Assert.Equal("", b));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ConsultationAttachment>().CountAsync(a => a.ConsultationId == old.Id && a.DeletedAt != null)));
        // Anonymised cases are no longer found by the consulter's details.
        // Three years on, the old session has expired: sign in again.
        var later = await app.SignedInClientAsync("retention-consultant");
        var search = await later.GetPageAsync("/desk?Filter.Status=Closed&Filter.Q=" + Uri.EscapeDataString("山田"));
        Assert.DoesNotContain(old.ReceiptNumber, search.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var untouched = await app.CaseAsync(open.ReceiptNumber);
        Assert.Equal("山田 太郎", untouched.ConsulterName);
        Assert.Null(untouched.AnonymizedAt);
        Assert.Single(Directory.EnumerateFiles(app.Database.Directory, "*", SearchOption.AllDirectories),
            f => File.ReadAllBytes(f).AsSpan().SequenceEqual(Samples.Png));
        Assert.NotEmpty(await app.AuditAsync(DeskAudit.CasesAnonymized));
    }

    [Theory, BothDatabases]
    public async Task TwoInstancesRunningAtOnce_DoTheWorkOnce(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, new Dictionary<string, string?> { ["Desk:RetentionEnabled"] = "false" });

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var scope = app.Factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<Retention>().RunAsync(CancellationToken.None);
        })));

        // Each run either held the lease (and found nothing old) or saw another instance holding it.
        Assert.All(runs, r => Assert.True(r is null or 0));
        Assert.Contains(runs, r => r == 0);
    }

    [Theory, BothDatabases]
    public async Task OldMailCases_LoseTheRawMessage_TheAddressesAndTheOutgoingMail(DatabaseKind kind)
    {
        var clock = new FixedClock(FixedClock.Tokyo(2023, 6, 1));
        await using var app = await TestApp.StartAsync(kind, new Dictionary<string, string?> { ["Desk:RetentionEnabled"] = "false" },
            s => s.AddSingleton<TimeProvider>(clock));
        var token = await app.TokenAsync();
        var delivered = await app.Client().DeliverAsync(token, new TestMail { From = "yamada@example.jp", Body = "山田です。偽の警告が出ました。" }.Bytes());
        delivered.EnsureSuccessStatusCode();
        var c = await app.WithDbAsync(db => db.Set<Consultation>().SingleAsync(x => x.Channel == Channel.Email));
        await app.WithDbAsync(db =>
        {
            db.Add(new ConfirmedAddress { ConsultationId = c.Id, Address = "yamada.work@example.jp", ConfirmedAt = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        await app.WithDbAsync(db => db.Set<Consultation>().Where(x => x.Id == c.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, CaseStatus.Closed).SetProperty(x => x.ClosedAt, clock.GetUtcNow().UtcDateTime)));
        var raw = await app.WithDbAsync(db => db.Set<InboundMail>().SingleAsync());
        var store = app.Factory.Services.GetRequiredService<AttachmentStore>();
        using (var before = store.Open(raw.RawStorageKey))
        {
            Assert.NotNull(before);
        }

        clock.Now = clock.Now.AddDays(3 * 365 + 2);
        using (var scope = app.Factory.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Retention>().RunAsync(CancellationToken.None) >= 1);
        }

        var mail = await app.WithDbAsync(db => db.Set<InboundMail>().SingleAsync());
        Assert.Equal("", mail.FromAddress);
        Assert.Equal("", mail.Subject);
        Assert.Equal("", mail.RawStorageKey);
        Assert.Null(store.Open(raw.RawStorageKey));
        Assert.Null((await app.WithDbAsync(db => db.Set<ConsultationMessage>().SingleAsync(m => m.ConsultationId == c.Id))).FromAddress);
        Assert.Empty(await app.WithDbAsync(db => db.Set<ConfirmedAddress>().ToListAsync()));
        var ack = await app.WithDbAsync(db => db.Set<Anshin.Web.Platform.Outbox.OutboxMessage>().SingleAsync(m => m.ConsultationId == c.Id));
        Assert.Equal("", ack.ToAddress);
        Assert.Equal("", ack.Body);
        Assert.Equal(Anshin.Web.Platform.Outbox.OutboxState.Cancelled, ack.State);
    }
}
