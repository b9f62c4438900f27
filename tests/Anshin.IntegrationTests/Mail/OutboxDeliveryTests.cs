using System.Globalization;
using System.Text;
using Anshin.Core.Mail;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Mail;

/// <summary>The outbox delivered through the real Postfix that ./test.sh runs on the loopback interface.</summary>
public sealed class OutboxDeliveryTests
{
    private static async Task<int> SendDueAsync(TestApp app)
    {
        using var scope = app.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().SendDueAsync(CancellationToken.None);
    }

    private static Task<OutboxMessage> OutboxAsync(TestApp app, long consultationId, string kind) =>
        app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.ConsultationId == consultationId && m.Kind == kind));

    [Theory, BothDatabases]
    public async Task Acknowledgement_IsDeliveredThroughPostfix_WithOurMessageId_EncodedJapaneseSubject_AndAutoSubmitted(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, TestPostfix.RelaySettings());
        var receipt = await app.Client().SubmitAsync(DeskClient.Submission(email: TestPostfix.Consulter));
        var c = await app.CaseAsync(receipt);

        Assert.True(await SendDueAsync(app) >= 1);

        var ack = await OutboxAsync(app, c.Id, OutboxKinds.Acknowledgement);
        Assert.Equal(OutboxState.Sent, ack.State);
        Assert.Equal(1, ack.Attempts);
        var raw = await TestPostfix.WaitForMessageAsync(ack.MessageIdHeader);
        Assert.Contains("Auto-Submitted: auto-replied", raw, StringComparison.Ordinal);
        Assert.Contains("Subject: =?UTF-8?B?", raw, StringComparison.Ordinal);
        var parsed = MimeParser.Parse(Encoding.ASCII.GetBytes(raw[(raw.IndexOf('\n', StringComparison.Ordinal) + 1)..]));
        Assert.Equal($"[相談#{receipt}] ご相談を受け付けました", parsed.Subject);
        Assert.Equal("anshin@example.jp", parsed.From?.Address); // the desk profile's address (demo content)
        Assert.Contains(receipt, parsed.TextBody, StringComparison.Ordinal);
        Assert.EndsWith("@anshin.test", ack.MessageIdHeader, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task StaffReply_CarriesInReplyToAndReferences_OfTheConsultersLastMail(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, TestPostfix.RelaySettings());
        var token = await app.TokenAsync();
        var mail = new TestMail { From = TestPostfix.Consulter };
        var response = await app.Client().DeliverAsync(token, mail.Bytes());
        response.EnsureSuccessStatusCode();
        var c = await app.WithDbAsync(db => db.Set<Consultation>().SingleAsync(x => x.Channel == Channel.Email));
        var staff = await app.SignedInAsync();

        await staff.PostHandlerAsync($"/desk/cases/{c.Id}", "Reply", new Dictionary<string, string>
        {
            ["version"] = (await app.VersionAsync(c.Id)).ToString(CultureInfo.InvariantCulture),
            ["Reply.Subject"] = $"[相談#{c.ReceiptNumber}] ご相談への回答",
            ["Reply.Body"] = "表示された警告は偽物です。画面を閉じてください。",
            ["Reply.StatusOnSend"] = "Answered",
        });
        await SendDueAsync(app);

        var reply = await OutboxAsync(app, c.Id, OutboxKinds.Reply);
        Assert.Equal(OutboxState.Sent, reply.State);
        var raw = await TestPostfix.WaitForMessageAsync(reply.MessageIdHeader);
        Assert.Contains($"In-Reply-To: <{mail.MessageId}>", raw, StringComparison.Ordinal);
        var parsed = MimeParser.Parse(Encoding.ASCII.GetBytes(raw[(raw.IndexOf('\n', StringComparison.Ordinal) + 1)..]));
        var ack = await OutboxAsync(app, c.Id, OutboxKinds.MailAcknowledgement);
        Assert.Equal([ack.MessageIdHeader, mail.MessageId], parsed.References); // the message answered comes last (RFC 5322 3.6.4)
        Assert.DoesNotContain("Auto-Submitted", raw, StringComparison.Ordinal);
        var page = await staff.GetStringAsync($"/desk/cases/{c.Id}");
        Assert.Contains("送信済み", page, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task RelayDown_IsRetriedWithBackoff_ThenFailsForGood_AndCanBeResent(DatabaseKind kind)
    {
        var settings = TestPostfix.RelaySettings();
        settings["Mail:Relay:Port"] = AppProcess.FreePort().ToString(CultureInfo.InvariantCulture);
        settings["Mail:MaxAttempts"] = "2";
        settings["Mail:FirstRetryDelay"] = "00:00:01";
        await using var app = await TestApp.StartAsync(kind, settings);
        var c = await app.CaseAsync(await app.Client().SubmitAsync(DeskClient.Submission(email: TestPostfix.Consulter)));

        await SendDueAsync(app);
        var first = await OutboxAsync(app, c.Id, OutboxKinds.Acknowledgement);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        await SendDueAsync(app);
        var second = await OutboxAsync(app, c.Id, OutboxKinds.Acknowledgement);

        Assert.Equal(OutboxState.Pending, first.State);
        Assert.Equal(1, first.Attempts);
        Assert.InRange((first.NextAttemptAt - first.CreatedAt).TotalSeconds, 0.9, 5);
        Assert.Contains("Could not talk to the relay", first.LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxState.Failed, second.State);
        Assert.Equal(2, second.Attempts);

        var admin = await app.SignedInAdminAsync();
        var list = await admin.GetStringAsync("/admin/mail");
        Assert.Contains(TestPostfix.Consulter, list, StringComparison.Ordinal);
        await admin.PostHandlerAsync("/admin/mail", "Resend", new Dictionary<string, string> { ["id"] = second.Id.ToString(CultureInfo.InvariantCulture) });
        var resent = await OutboxAsync(app, c.Id, OutboxKinds.Acknowledgement);
        Assert.Equal(OutboxState.Pending, resent.State);
        Assert.Equal(0, resent.Attempts);
    }

    [Theory, BothDatabases]
    public async Task RecipientTheRelayRefuses_FailsAtOnce_WithTheRelaysAnswer(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, TestPostfix.RelaySettings());
        var c = await app.CaseAsync(await app.Client().SubmitAsync(DeskClient.Submission(email: "nobody-here@anshin.test")));

        await SendDueAsync(app);

        var ack = await OutboxAsync(app, c.Id, OutboxKinds.Acknowledgement);
        Assert.Equal(OutboxState.Failed, ack.State);
        Assert.Equal(1, ack.Attempts);
        Assert.Contains("550", ack.LastError, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task TwoSenders_ClaimingAtOnce_NeverTakeTheSameMessage(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var now = DateTime.UtcNow;
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 60; i++)
            {
                db.Add(new OutboxMessage
                {
                    CreatedAt = now,
                    NextAttemptAt = now.AddSeconds(-1),
                    Kind = OutboxKinds.Reply,
                    ToAddress = "a@example.jp",
                    Subject = "s",
                    Body = "b",
                    MessageIdHeader = $"claim-{i}@anshin.test",
                });
            }

            return await db.SaveChangesAsync();
        });

        async Task<List<long>> ClaimManyAsync()
        {
            var taken = new List<long>();
            for (var round = 0; round < 10; round++)
            {
                using var scope = app.Factory.Services.CreateScope();
                taken.AddRange(await scope.ServiceProvider.GetRequiredService<OutboxClaims>()
                    .ClaimAsync(DateTime.UtcNow, TimeSpan.FromMinutes(5), 4, CancellationToken.None));
            }

            return taken;
        }

        var results = await Task.WhenAll(ClaimManyAsync(), ClaimManyAsync());

        var all = results[0].Concat(results[1]).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(60, all.Count);
    }
}
