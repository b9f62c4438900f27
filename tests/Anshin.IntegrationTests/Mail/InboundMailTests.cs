using System.Net;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Anshin.IntegrationTests.Mail;

public sealed class InboundMailTests
{
    [Theory, BothDatabases]
    public async Task Inbound_RefusesCallers_WithoutTheMailScope(DatabaseKind kind)
    {
        var (app, client, _) = await MailgateClient.StartWithTokenAsync(kind);
        await using var _ = app;
        var auditToken = await app.TokenAsync(ApiScopes.AuditRead);

        var anonymous = await client.PostAsync("/api/mail/inbound", new ByteArrayContent(new TestMail().Bytes()));
        var wrongScope = await client.DeliverAsync(auditToken, new TestMail().Bytes());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongScope.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<InboundMail>().CountAsync()));
    }

    [Theory, BothDatabases]
    public async Task NewMail_BecomesAnEmailCase_WithTheBodyInTheThread_AndAnAcknowledgementThatThreads(DatabaseKind kind)
    {
        var (app, client, token) = await MailgateClient.StartWithTokenAsync(kind);
        await using var _ = app;
        var mail = new TestMail();

        var receipt = await client.DeliverOkAsync(token, mail);

        Assert.Equal(nameof(InboundOutcome.NewCase), receipt.Outcome);
        var c = await app.WithDbAsync(db => db.Set<Consultation>().SingleAsync(x => x.Id == receipt.ConsultationId));
        Assert.Equal(Channel.Email, c.Channel);
        Assert.Equal("hanako@example.jp", c.ConsulterEmail);
        Assert.Equal("山田花子", c.ConsulterName);
        Assert.Equal("不審なメッセージが表示されました", c.Subject);
        Assert.Equal("", c.WhatHappened);
        Assert.Equal("ja", c.Language);
        var entry = await app.WithDbAsync(db => db.Set<ConsultationMessage>().SingleAsync(m => m.ConsultationId == c.Id));
        Assert.Equal(MessageKind.Inbound, entry.Kind);
        Assert.Contains("ウイルスに感染しました", entry.Body, StringComparison.Ordinal);
        Assert.Equal(mail.MessageId, entry.MailMessageId);
        var ack = await app.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.ConsultationId == c.Id));
        Assert.Equal(OutboxKinds.MailAcknowledgement, ack.Kind);
        Assert.Equal("hanako@example.jp", ack.ToAddress);
        Assert.StartsWith($"[相談#{c.ReceiptNumber}]", ack.Subject, StringComparison.Ordinal);
        Assert.Equal(mail.MessageId, ack.InReplyTo);
        Assert.Contains("OS とそのバージョン", ack.Body, StringComparison.Ordinal);
        Assert.EndsWith("@anshin.localhost", ack.MessageIdHeader, StringComparison.Ordinal);
        var search = await (await app.SignedInAsync()).GetStringAsync("/desk?q=" + Uri.EscapeDataString("感染"));
        Assert.Contains(c.ReceiptNumber, search, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task SameMessageId_IsStoredOnce(DatabaseKind kind)
    {
        var (app, client, token) = await MailgateClient.StartWithTokenAsync(kind);
        await using var _ = app;
        var mail = new TestMail();

        var first = await client.DeliverOkAsync(token, mail);
        var second = await client.DeliverOkAsync(token, mail);

        Assert.False(first.Duplicate);
        Assert.True(second.Duplicate);
        Assert.Equal(first.InboundMailId, second.InboundMailId);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Consultation>().CountAsync(x => x.Channel == Channel.Email)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<InboundMail>().CountAsync()));
    }

    [Theory, BothDatabases]
    public async Task ConcurrentDeliveries_AreGroupCommitted_AndTheSameMessageTwiceIsStillStoredOnce(DatabaseKind kind)
    {
        var (app, client, token) = await MailgateClient.StartWithTokenAsync(kind);
        await using var _ = app;
        var twice = new TestMail();
        var mails = Enumerable.Range(0, 12).Select(i => new TestMail { From = $"sender{i}@example.jp", Subject = $"相談 {i}" })
            .Append(twice).Append(twice).ToList();

        var responses = await Task.WhenAll(mails.Select(m => client.DeliverAsync(token, m.Bytes())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(13, await app.WithDbAsync(db => db.Set<InboundMail>().CountAsync()));
        Assert.Equal(13, await app.WithDbAsync(db => db.Set<Consultation>().CountAsync(x => x.Channel == Channel.Email)));
        Assert.Equal(13, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Kind == OutboxKinds.MailAcknowledgement)));
        var receipts = await app.WithDbAsync(db => db.Set<Consultation>().Where(x => x.Channel == Channel.Email).Select(x => x.ReceiptNumber).ToListAsync());
        Assert.Equal(13, receipts.Distinct().Count());
    }

    [Theory, BothDatabases]
    public async Task ConsultersReply_WithTheTag_ThreadsIn_AndReopensAnAnsweredCase(DatabaseKind kind)
    {
        var (app, client, token) = await MailgateClient.StartWithTokenAsync(kind);
        await using var _ = app;
        var first = await client.DeliverOkAsync(token, new TestMail());
        var c = await app.WithDbAsync(db => db.Set<Consultation>().SingleAsync(x => x.Channel == Channel.Email));
        await app.WithDbAsync(async db =>
        {
            var tracked = await db.Set<Consultation>().SingleAsync(x => x.Channel == Channel.Email);
            tracked.Status = CaseStatus.Answered;
            return await db.SaveChangesAsync();
        });

        var reply = await client.DeliverOkAsync(token, new TestMail
        {
            From = "Hanako@Example.jp",
            Subject = $"Re: [相談＃{c.ReceiptNumber}] ご相談を受け付けました",
            Body = "追加の情報です。機器はWindows 11のノートパソコンです。",
        });

        Assert.Equal(nameof(InboundOutcome.Threaded), reply.Outcome);
        Assert.Equal(first.ConsultationId, reply.ConsultationId);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Consultation>().CountAsync(x => x.Channel == Channel.Email)));
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<ConsultationMessage>().CountAsync(m => m.ConsultationId == c.Id)));
        Assert.Equal(CaseStatus.New, (await app.CaseAsync(c.ReceiptNumber)).Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.ConsultationId == c.Id)));
    }

    [Theory, BothDatabases]
    public async Task ReplyToOurAcknowledgement_ThreadsByInReplyTo_WithoutATag(DatabaseKind kind)
    {
        var (app, client, token) = await MailgateClient.StartWithTokenAsync(kind);
        await using var _ = app;
        var first = await client.DeliverOkAsync(token, new TestMail());
        var ack = await app.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.ConsultationId == first.ConsultationId));

        var reply = await client.DeliverOkAsync(token, new TestMail { Subject = "Re: 受付", InReplyTo = ack.MessageIdHeader });

        Assert.Equal(nameof(InboundOutcome.Threaded), reply.Outcome);
        Assert.Equal(first.ConsultationId, reply.ConsultationId);
    }

    [Theory, BothDatabases]
    public async Task Stranger_UsingSomeoneElsesTag_GetsANewLinkedFlaggedCase_AndNeverJoinsIt(DatabaseKind kind)
    {
        var (app, client, token) = await MailgateClient.StartWithTokenAsync(kind);
        await using var _ = app;
        var first = await client.DeliverOkAsync(token, new TestMail());
        var c = await app.WithDbAsync(db => db.Set<Consultation>().SingleAsync(x => x.Channel == Channel.Email));

        var stranger = await client.DeliverOkAsync(token, new TestMail
        {
            From = "someone@else.example",
            Subject = $"Re: [相談#{c.ReceiptNumber}]",
            Body = "この相談の内容を教えてください。",
        });

        Assert.Equal(nameof(InboundOutcome.NewCaseFromStranger), stranger.Outcome);
        Assert.NotEqual(first.ConsultationId, stranger.ConsultationId);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ConsultationMessage>().CountAsync(m => m.ConsultationId == c.Id)));
        var flagged = await app.WithDbAsync(db => db.Set<Consultation>().SingleAsync(x => x.Id == stranger.ConsultationId));
        Assert.Equal(CaseFlags.UnconfirmedSender, flagged.Flags);
        Assert.True(await app.WithDbAsync(db => db.Set<ConsultationLink>().AnyAsync(l => l.ConsultationId == flagged.Id && l.RelatedId == c.Id)));
        // The stranger's acknowledgement names only their own new case.
        var ack = await app.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.ToAddress == "someone@else.example"));
        Assert.DoesNotContain(c.ReceiptNumber, ack.Subject + ack.Body, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task ConfirmingTheStranger_LetsTheirNextMailJoinTheCase(DatabaseKind kind)
    {
        var (app, client, token) = await MailgateClient.StartWithTokenAsync(kind);
        await using var _ = app;
        await client.DeliverOkAsync(token, new TestMail());
        var c = await app.WithDbAsync(db => db.Set<Consultation>().SingleAsync(x => x.Channel == Channel.Email));
        var stranger = await client.DeliverOkAsync(token, new TestMail { From = "work@company.example", Subject = $"[相談#{c.ReceiptNumber}] 会社のアドレスから" });
        var staff = await app.SignedInAsync();
        Assert.Contains("未確認の差出人", await staff.GetStringAsync("/desk"), StringComparison.Ordinal);

        var confirm = await staff.PostHandlerAsync($"/desk/cases/{stranger.ConsultationId}", "ConfirmSender",
            new Dictionary<string, string> { ["related"] = c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var next = await client.DeliverOkAsync(token, new TestMail { From = "work@company.example", Subject = $"[相談#{c.ReceiptNumber}] 続きです" });

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal(nameof(InboundOutcome.Threaded), next.Outcome);
        Assert.Equal(c.Id, next.ConsultationId);
        Assert.Equal(CaseFlags.None, (await app.WithDbAsync(db => db.Set<Consultation>().SingleAsync(x => x.Id == stranger.ConsultationId))).Flags);
        var page = await staff.GetStringAsync($"/desk/cases/{c.Id}");
        Assert.Contains("work@company.example", page, StringComparison.Ordinal);
    }
}
