using System.Diagnostics;
using System.Text;

namespace Anshin.IntegrationTests.Infrastructure;

/// <summary>
/// The real Postfix that ./test.sh starts on 127.0.0.1:25: mail for anshin.test goes to local mailboxes (the
/// consulter is the local user <c>anshin-consulter</c>), the desk address to the mailgate.
/// </summary>
public static class TestPostfix
{
    public const string Consulter = "anshin-consulter@anshin.test";

    public static (string Host, int Port) Smtp
    {
        get
        {
            var value = Environment.GetEnvironmentVariable("ANSHIN_TEST_SMTP")
                ?? throw new InvalidOperationException("ANSHIN_TEST_SMTP is not set. Run ./test.sh, which sets up Postfix on 127.0.0.1:25.");
            var colon = value.LastIndexOf(':');
            return (value[..colon], int.Parse(value[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public static string Mailbox => Environment.GetEnvironmentVariable("ANSHIN_TEST_MAILBOX") ?? "/var/mail/anshin-consulter";

    /// <summary>Settings that point the app's outbox at the test Postfix.</summary>
    public static Dictionary<string, string?> RelaySettings(string pollInterval = "01:00:00") => new()
    {
        ["Mail:Relay:Host"] = Smtp.Host,
        ["Mail:Relay:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Relay:Tls"] = "None",
        ["Mail:FromAddress"] = "desk@anshin.test",
        ["Mail:PollInterval"] = pollInterval,
    };

    /// <summary>Waits until the consulter's mailbox holds a message with this Message-ID and returns its raw text.</summary>
    public static async Task<string> WaitForMessageAsync(string messageId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var marker = $"Message-ID: <{messageId}>";
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(Mailbox))
            {
                var text = await File.ReadAllTextAsync(Mailbox, Encoding.ASCII);
                var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    var start = text.LastIndexOf("\nFrom ", at, StringComparison.Ordinal) + 1;
                    var end = text.IndexOf("\nFrom ", at, StringComparison.Ordinal);
                    return text[start..(end < 0 ? text.Length : end)];
                }
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No message {messageId} arrived in {Mailbox}.");
    }

    /// <summary>Runs a command (swaks, postqueue, the set-up script) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
