using System.Diagnostics;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Microsoft.EntityFrameworkCore;

namespace Anshin.IntegrationTests.Mail;

/// <summary>The mailgate as Postfix runs it: a process with the message on standard input and an exit code.</summary>
public sealed class MailgateTests
{
    private static async Task<(int ExitCode, string Error)> RunAsync(byte[] message, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "anshin-mailgate.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        await process.StandardInput.BaseStream.WriteAsync(message);
        process.StandardInput.Close();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, error);
    }

    [Fact]
    public async Task Mailgate_ExitsTempFail_WhenTheAppIsDown()
    {
        var (code, error) = await RunAsync(new TestMail().Bytes(), "--url", $"http://127.0.0.1:{AppProcess.FreePort()}", "--token", "x");

        Assert.Equal(75, code);
        Assert.Contains("stays queued", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mailgate_ExitsTempFail_WhenItsSetUpIsIncomplete_SoPostfixKeepsTheMessage()
    {
        var (code, error) = await RunAsync(new TestMail().Bytes(), "--url", "http://127.0.0.1:1");

        Assert.Equal(75, code);
        Assert.Contains("No token", error, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task Mailgate_ExitsOk_OnlyWhenTheAppStoredTheMessage_AndTempFailsOnABadToken(DatabaseKind kind)
    {
        var port = AppProcess.FreePort();
        await using var app = await TestApp.StartOnPortAsync(kind, port);
        var token = await app.TokenAsync();
        var mail = new TestMail();
        // Postfix's local delivery puts an mbox envelope line first; the mailgate drops it.
        byte[] withEnvelope = [.. "From hanako@example.jp  Tue Dec  1 10:00:00 2026\n"u8, .. mail.Bytes()];

        var stored = await RunAsync(withEnvelope, "--url", $"http://127.0.0.1:{port}", "--token", token);
        var refused = await RunAsync(new TestMail().Bytes(), "--url", $"http://127.0.0.1:{port}", "--token", "anshin_wrong");

        Assert.Equal(0, stored.ExitCode);
        Assert.Equal(75, refused.ExitCode);
        Assert.Contains("401", refused.Error, StringComparison.Ordinal);
        var inbound = await app.WithDbAsync(db => db.Set<InboundMail>().SingleAsync());
        Assert.Equal(mail.MessageId, inbound.MessageIdHeader);
        Assert.Equal("hanako@example.jp", inbound.FromAddress);
    }

    [Fact]
    public async Task Mailgate_ExitsDataError_WhenTheMessageIsLargerThanTheDeskTakes()
    {
        var port = AppProcess.FreePort();
        await using var app = await TestApp.StartOnPortAsync(DatabaseKind.Sqlite, port,
            new Dictionary<string, string?> { ["Mail:Inbound:MaxMessageBytes"] = "20000" });
        var token = await app.TokenAsync();

        var (code, error) = await RunAsync(new TestMail { Body = new string('あ', 30_000) }.Bytes(), "--url", $"http://127.0.0.1:{port}", "--token", token);

        Assert.Equal(65, code);
        Assert.Contains("too large", error, StringComparison.Ordinal);
    }
}
