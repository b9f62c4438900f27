using System.Net;
using System.Net.Http.Json;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Mail;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Anshin.IntegrationTests.Mail;

/// <summary>Mail that must not start a loop or be lost: auto-replies, rate limit, bounces, unreadable and oversized mail.</summary>
public sealed class InboundMailSafetyTests
{
    [Theory, BothDatabases]
    public async Task AutoRepliesListsAndOurOwnAddress_GetNoAcknowledgement(DatabaseKind kind)
    {
        var (app, client, token) = await MailgateClient.StartWithTokenAsync(kind);
        await using var _ = app;

        await client.DeliverOkAsync(token, new TestMail { From = "away@example.jp", ExtraHeaders = ["Auto-Submitted: auto-replied"] });
        await client.DeliverOkAsync(token, new TestMail { From = "news@list.example", ExtraHeaders = ["List-Id: <news.list.example>"] });
        await client.DeliverOkAsync(token, new TestMail { From = "noreply@shop.example" });
        await client.DeliverOkAsync(token, new TestMail { From = "desk@anshin.localhost" });

        Assert.Equal(4, await app.WithDbAsync(db => db.Set<Consultation>().CountAsync(x => x.Channel == Channel.Email)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Kind == OutboxKinds.MailAcknowledgement)));
        var details = await app.WithDbAsync(db => db.Set<InboundMail>().Select(m => m.Detail).ToListAsync());
        Assert.All(details, d => Assert.StartsWith("no-ack:", d, StringComparison.Ordinal));
    }

    [Theory, BothDatabases]
    public async Task OneSender_GetsAtMostTheHourlyNumberOfAcknowledgements(DatabaseKind kind)
    {
        var (app, client, token) = await MailgateClient.StartWithTokenAsync(kind, new Dictionary<string, string?> { ["Mail:Inbound:AcknowledgementsPerSenderPerHour"] = "2" });
        await using var _ = app;

        for (var i = 0; i < 4; i++)
        {
            await client.DeliverOkAsync(token, new TestMail { Subject = $"相談 {i}" });
        }

        Assert.Equal(4, await app.WithDbAsync(db => db.Set<Consultation>().CountAsync(x => x.Channel == Channel.Email)));
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Kind == OutboxKinds.MailAcknowledgement)));
    }

    [Theory, BothDatabases]
    public async Task Bounce_OfOurAcknowledgement_IsMatchedToItsOutboxRow_AndShownOnTheCase(DatabaseKind kind)
    {
        var (app, client, token) = await MailgateClient.StartWithTokenAsync(kind);
        await using var _ = app;
        var first = await client.DeliverOkAsync(token, new TestMail { From = "typo@exmaple.jp" });
        var ack = await app.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.ConsultationId == first.ConsultationId));

        var bounce = await client.DeliverAsync(token, TestBounces.For(ack.MessageIdHeader, "typo@exmaple.jp"));
        var unmatched = await client.DeliverAsync(token, TestBounces.For("nothing-we-sent@elsewhere.example", "x@example.jp"));

        Assert.Equal(HttpStatusCode.OK, bounce.StatusCode);
        Assert.Equal(nameof(InboundOutcome.Bounce), (await bounce.Content.ReadFromJsonAsync<InboundMailReceipt>())!.Outcome);
        Assert.Equal(nameof(InboundOutcome.UnmatchedBounce), (await unmatched.Content.ReadFromJsonAsync<InboundMailReceipt>())!.Outcome);
        var after = await app.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.Id == ack.Id));
        Assert.Equal(OutboxState.Bounced, after.State);
        Assert.Contains("5.1.2", after.LastError, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Consultation>().CountAsync(x => x.Channel == Channel.Email)));
        Assert.True(await app.WithDbAsync(db => db.Set<ConsultationEvent>().AnyAsync(e => e.ConsultationId == first.ConsultationId && e.Kind == CaseEvents.MailBounced)));
        var page = await (await app.SignedInAsync()).GetStringAsync($"/desk/cases/{first.ConsultationId}");
        Assert.Contains("返送された", page, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task UnreadableMessage_BecomesAFlaggedCase_WithTheRawFileAttached(DatabaseKind kind)
    {
        var (app, client, token) = await MailgateClient.StartWithTokenAsync(kind);
        await using var _ = app;
        byte[] garbage = [0x00, 0x01, 0xFF, 0xFE, .. "\x00\x00binary"u8, 0x00];

        var response = await client.DeliverAsync(token, garbage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var c = await app.WithDbAsync(db => db.Set<Consultation>().SingleAsync(x => x.Channel == Channel.Email));
        Assert.True(c.Flags.HasFlag(CaseFlags.Unparsed));
        var file = await app.WithDbAsync(db => db.Set<ConsultationAttachment>().SingleAsync(a => a.ConsultationId == c.Id));
        Assert.Equal("original-message.eml", file.FileName);
        var staff = await app.SignedInAsync();
        var download = await staff.GetAsync($"/desk/attachments/{file.Id}");
        Assert.Equal(garbage, await download.Content.ReadAsByteArrayAsync());
    }

    [Theory, BothDatabases]
    public async Task LargeAttachment_IsKept_AndTheCaseFlagged(DatabaseKind kind)
    {
        var (app, client, token) = await MailgateClient.StartWithTokenAsync(kind, new Dictionary<string, string?> { ["Desk:MaxAttachmentBytes"] = "2048" });
        await using var _ = app;
        var payload = System.Security.Cryptography.RandomNumberGenerator.GetBytes(5000);
        var raw = System.Text.Encoding.ASCII.GetBytes(
            "From: a@example.jp\r\nSubject: screenshot\r\nMessage-ID: <big@example.jp>\r\nMIME-Version: 1.0\r\n" +
            "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n" +
            "--b1\r\nContent-Type: image/png; name=\"screen.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
            Convert.ToBase64String(payload, Base64FormattingOptions.InsertLineBreaks) + "\r\n--b1--\r\n");

        await client.DeliverAsync(token, raw);

        var c = await app.WithDbAsync(db => db.Set<Consultation>().SingleAsync(x => x.Channel == Channel.Email));
        Assert.True(c.Flags.HasFlag(CaseFlags.OversizeAttachment));
        var file = await app.WithDbAsync(db => db.Set<ConsultationAttachment>().SingleAsync(a => a.ConsultationId == c.Id));
        Assert.Equal("screen.png", file.FileName);
        Assert.Equal(5000, file.Size);
    }

    [Theory, BothDatabases]
    public async Task MessageOverTheHardLimit_IsRefusedWith413_AndNothingIsStored(DatabaseKind kind)
    {
        var (app, client, token) = await MailgateClient.StartWithTokenAsync(kind, new Dictionary<string, string?> { ["Mail:Inbound:MaxMessageBytes"] = "20000" });
        await using var _ = app;

        var response = await client.DeliverAsync(token, new TestMail { Body = new string('あ', 20_000) }.Bytes());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<InboundMail>().CountAsync()));
    }
}
