using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Mail;

/// <summary>
/// The whole path with real programs: swaks → Postfix → alias pipe → mailgate → app (Kestrel) → case; the outbox →
/// Postfix → the consulter's local mailbox. Postfix is shared machine state, so this runs as one ordered story.
/// </summary>
public sealed class MailEndToEndTests
{
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Anshin.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }

    /// <summary>Alias pipes run as "nobody": the mailgate and its token go where that user can read them.</summary>
    private static string InstallMailgate(string token)
    {
        var root = Environment.GetEnvironmentVariable("ANSHIN_TEST_RUN_DIR")
            ?? throw new InvalidOperationException("ANSHIN_TEST_RUN_DIR is not set. Run ./test.sh.");
        var dir = Path.Combine(root, "mailgate-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, "anshin-mailgate*"))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(dir, "token"), token);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
        }

        return dir;
    }

    private static Task<(int ExitCode, string Output)> SendAsync(string from, string subject, string body, string messageId, string? inReplyTo = null)
    {
        var (host, port) = TestPostfix.Smtp;
        var args = new List<string>
        {
            "--server", $"{host}:{port}", "--from", from, "--to", "desk@anshin.test",
            "--header", $"Subject: =?UTF-8?B?{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(subject))}?=",
            "--header", $"Message-Id: <{messageId}>", // swaks replaces its own header only when the name matches exactly
            "--add-header", "MIME-Version: 1.0",
            "--add-header", "Content-Type: text/plain; charset=UTF-8",
            "--add-header", "Content-Transfer-Encoding: 8bit",
            "--body", body,
        };
        if (inReplyTo is not null)
        {
            args.AddRange(["--add-header", $"In-Reply-To: <{inReplyTo}>"]);
        }

        return TestPostfix.RunAsync("swaks", [.. args]);
    }

    private static async Task<InboundMail> WaitForInboundAsync(TestApp app, string messageId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            var mail = await app.WithDbAsync(db => db.Set<InboundMail>().AsNoTracking().SingleOrDefaultAsync(m => m.MessageIdHeader == messageId));
            if (mail is not null)
            {
                return mail;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{messageId} never reached the app. Postfix log: /var/log/postfix.log");
    }

    [Fact]
    public async Task MailThroughPostfix_BecomesCases_ThreadsOnlyForTheConsulter_RepliesGoOut_AndNothingIsLostWhileTheAppIsDown()
    {
        var port = AppProcess.FreePort();
        var settings = TestPostfix.RelaySettings(pollInterval: "00:00:00.200");
        await using var app = await TestApp.StartOnPortAsync(DatabaseKind.Sqlite, port, settings);
        var gate = InstallMailgate(await app.TokenAsync());
        var setup = await TestPostfix.RunAsync("bash", Path.Combine(RepositoryRoot(), "scripts", "setup-postfix.sh"),
            "--mailgate", $"/usr/bin/dotnet {gate}/anshin-mailgate.dll", "--url", $"http://127.0.0.1:{port}",
            "--token-file", Path.Combine(gate, "token"), "--address", "desk", "--domain", "anshin.test", "--size-limit", "10485760");
        Assert.True(setup.ExitCode == 0, setup.Output);
        var tag = Guid.NewGuid().ToString("N")[..10];

        // 1. A new consultation by mail becomes a case, and the acknowledgement reaches the consulter's mailbox.
        var firstId = $"first-{tag}@anshin.test";
        var sent = await SendAsync(TestPostfix.Consulter, "偽の警告画面について", "画面に警告が出て、電話番号が表示されました。", firstId);
        Assert.True(sent.ExitCode == 0, sent.Output);
        var first = await WaitForInboundAsync(app, firstId);
        Assert.Equal(InboundOutcome.NewCase, first.Outcome);
        var c = await app.WithDbAsync(db => db.Set<Consultation>().AsNoTracking().SingleAsync(x => x.Id == first.ConsultationId));
        Assert.Equal(Channel.Email, c.Channel);
        Assert.Equal("偽の警告画面について", c.Subject);
        var thread = await app.WithDbAsync(db => db.Set<ConsultationMessage>().AsNoTracking().SingleAsync(m => m.ConsultationId == c.Id));
        Assert.Contains("電話番号が表示されました", thread.Body, StringComparison.Ordinal);
        var ack = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.ConsultationId == c.Id));
        var ackRaw = await TestPostfix.WaitForMessageAsync(ack.MessageIdHeader);
        Assert.Contains($"In-Reply-To: <{firstId}>", ackRaw, StringComparison.Ordinal);
        Assert.Contains("Auto-Submitted: auto-replied", ackRaw, StringComparison.Ordinal);

        // 2. The consulter's answer threads in; the same subject from a stranger does not.
        var replyId = $"reply-{tag}@anshin.test";
        await SendAsync(TestPostfix.Consulter, $"Re: [相談#{c.ReceiptNumber}] ご相談を受け付けました", "Windows 11 のパソコンです。", replyId, ack.MessageIdHeader);
        var strangerId = $"stranger-{tag}@anshin.test";
        await SendAsync("stranger@anshin.test", $"Re: [相談#{c.ReceiptNumber}] ご相談を受け付けました", "この件の回答を見せてください。", strangerId);
        Assert.Equal(c.Id, (await WaitForInboundAsync(app, replyId)).ConsultationId);
        var stranger = await WaitForInboundAsync(app, strangerId);
        Assert.Equal(InboundOutcome.NewCaseFromStranger, stranger.Outcome);
        Assert.NotEqual(c.Id, stranger.ConsultationId);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<ConsultationMessage>().CountAsync(m => m.ConsultationId == c.Id)));

        // 3. A consultant's reply goes out through Postfix with the threading headers.
        // (The reply form itself is covered in OutboxDeliveryTests; here the same service is called in the app.)
        var consultant = await app.Staff().InRole(Anshin.Web.Platform.Auth.StaffRoles.Consultant).CreateAsync("e2e-" + tag);
        using (var scope = app.Factory.Services.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ReplyService>().SubmitAsync(c.Id, await app.VersionAsync(c.Id),
                new ReplyDraft($"[相談#{c.ReceiptNumber}] ご相談への回答", "その警告は偽物です。ブラウザーを閉じてください。", CaseStatus.Answered, null, null),
                needsApproval: false, new StaffActor(consultant.Id, "相談員"), CancellationToken.None);
            Assert.True(result.Succeeded, result.ErrorKey);
        }

        var reply = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.ConsultationId == c.Id && m.Kind == OutboxKinds.Reply));
        var replyRaw = await TestPostfix.WaitForMessageAsync(reply.MessageIdHeader);
        Assert.Contains($"In-Reply-To: <{replyId}>", replyRaw, StringComparison.Ordinal);
        Assert.Contains(firstId, replyRaw, StringComparison.Ordinal);

        // 4. With the app stopped the mailgate exits 75: Postfix keeps the mail. After a restart and a queue flush,
        //    each message becomes exactly one case.
        await app.StopAsync();
        var queued = new[] { $"queued-a-{tag}@anshin.test", $"queued-b-{tag}@anshin.test" };
        foreach (var id in queued)
        {
            Assert.Equal(0, (await SendAsync("later@anshin.test", "停止中に届いた相談", "アプリが止まっている間の相談です。", id)).ExitCode);
        }

        await WaitForDeferredAsync(queued.Length);
        await app.RestartOnPortAsync(port, settings);
        await TestPostfix.RunAsync("postqueue", "-f");
        foreach (var id in queued)
        {
            var mail = await WaitForInboundAsync(app, id);
            Assert.Equal(InboundOutcome.NewCase, mail.Outcome);
        }

        await TestPostfix.RunAsync("postqueue", "-f");
        await Task.Delay(1000);
        Assert.Equal(queued.Length, await app.WithDbAsync(db => db.Set<InboundMail>().CountAsync(m => queued.Contains(m.MessageIdHeader!))));
        Assert.Equal(queued.Length, await app.WithDbAsync(db => db.Set<Consultation>().CountAsync(x => x.ConsulterEmail == "later@anshin.test")));
    }

    /// <summary>Waits until Postfix has tried the messages, found the app down, and deferred them.</summary>
    private static async Task WaitForDeferredAsync(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var (_, output) = await TestPostfix.RunAsync("postqueue", "-j");
            var deferred = output.Split('\n').Count(l => l.Contains("\"queue_name\": \"deferred\"", StringComparison.Ordinal)
                && l.Contains("desk@anshin.test", StringComparison.Ordinal));
            if (deferred >= count)
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("Postfix did not defer the messages sent while the app was down.");
    }
}
