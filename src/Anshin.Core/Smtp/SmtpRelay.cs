using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;

namespace Anshin.Core.Smtp;

/// <summary>
/// A small SMTP client (RFC 5321): EHLO, STARTTLS, AUTH PLAIN or LOGIN, one message per connection. The outbox sends
/// a few messages a minute, so simplicity beats connection reuse; errors say which step failed and with what reply.
/// </summary>
public static class SmtpRelay
{
    public static async Task SendAsync(SmtpSettings settings, string envelopeFrom, IReadOnlyList<string> recipients,
        byte[] message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(message);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            await SendCoreAsync(settings, envelopeFrom, recipients, message, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new SmtpException($"The relay {settings.Host}:{settings.Port} did not answer within {settings.Timeout.TotalSeconds:0} s.");
        }
        catch (Exception e) when (e is SocketException or IOException or AuthenticationException)
        {
            throw new SmtpException($"Could not talk to the relay {settings.Host}:{settings.Port}: {e.Message}", 0, e);
        }
    }

    private static async Task SendCoreAsync(SmtpSettings settings, string envelopeFrom, IReadOnlyList<string> recipients,
        byte[] message, CancellationToken ct)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(settings.Host, settings.Port, ct);
        Stream stream = client.GetStream();
        var session = new SmtpSession(stream);
        await session.ExpectAsync(220, "greeting", ct);
        var features = await session.EhloAsync(settings.ClientName, ct);

        var offersTls = features.Any(f => f.Equals("STARTTLS", StringComparison.OrdinalIgnoreCase));
        if (settings.Tls == TlsMode.Required && !offersTls)
        {
            throw new SmtpException($"The relay {settings.Host} does not offer STARTTLS, which the settings require.", 530);
        }

        if (settings.Tls != TlsMode.None && offersTls)
        {
            await session.CommandAsync("STARTTLS", 220, ct);
            var tls = new SslStream(stream, leaveInnerStreamOpen: false);
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = settings.Host }, ct);
            session = new SmtpSession(tls);
            features = await session.EhloAsync(settings.ClientName, ct);
        }

        if (settings.UserName is { Length: > 0 } user)
        {
            await AuthenticateAsync(session, features, user, settings.Password ?? "", ct);
        }

        await session.CommandAsync($"MAIL FROM:<{Checked(envelopeFrom)}>", 250, ct);
        foreach (var to in recipients)
        {
            await session.CommandAsync($"RCPT TO:<{Checked(to)}>", 250, ct, alsoAccept: 251);
        }

        await session.CommandAsync("DATA", 354, ct);
        await session.WriteDataAsync(message, ct);
        await session.ExpectAsync(250, "message", ct);
        await session.QuitAsync(ct);
    }

    private static async Task AuthenticateAsync(SmtpSession session, IReadOnlyList<string> features, string user, string password,
        CancellationToken ct)
    {
        var mechanisms = features.FirstOrDefault(f => f.StartsWith("AUTH", StringComparison.OrdinalIgnoreCase))?
            .Split(' ', '=').Skip(1).Select(m => m.ToUpperInvariant()).ToHashSet() ?? [];
        if (mechanisms.Contains("PLAIN"))
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{user}\0{password}"));
            await session.CommandAsync($"AUTH PLAIN {token}", 235, ct, redacted: "AUTH PLAIN ***");
        }
        else if (mechanisms.Contains("LOGIN"))
        {
            await session.CommandAsync("AUTH LOGIN", 334, ct);
            await session.CommandAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(user)), 334, ct, redacted: "(user name)");
            await session.CommandAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(password)), 235, ct, redacted: "(password)");
        }
        else
        {
            throw new SmtpException("The relay offers neither AUTH PLAIN nor AUTH LOGIN; credentials cannot be sent.", 535);
        }
    }

    private static string Checked(string address) =>
        address.Length > 0 && !address.Any(c => c is <= ' ' or '<' or '>' or > '~')
            ? address
            : throw new SmtpException($"Not a deliverable address: {address}", 553);
}
