using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Anshin.Mailgate;

/// <summary>Reads one raw message and posts it to <c>POST /api/mail/inbound</c>.</summary>
public static class Gate
{
    public static int Run(string[] args, Stream input, TextWriter error)
    {
        MailgateSettings settings;
        try
        {
            settings = MailgateSettings.Parse(args, Environment.GetEnvironmentVariable, File.ReadAllText);
        }
        catch (Exception e) when (e is MailgateUsageException or IOException or UnauthorizedAccessException)
        {
            // Deferred, not bounced: the message waits in the queue while the administrator fixes the set-up.
            error.WriteLine($"anshin-mailgate: {e.Message}");
            return ExitCodes.TempFail;
        }

        byte[] message;
        try
        {
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            message = WithoutEnvelopeLine(buffer.ToArray());
        }
        catch (IOException e)
        {
            error.WriteLine($"anshin-mailgate: could not read the message: {e.Message}");
            return ExitCodes.TempFail;
        }

        return Post(settings, message, error);
    }

    /// <summary>
    /// Postfix's local delivery to an alias pipe puts an mbox <c>From sender date</c> line before the headers; it is
    /// the envelope, not part of the message, and would otherwise be read as a malformed first header.
    /// </summary>
    internal static byte[] WithoutEnvelopeLine(byte[] message)
    {
        if (!message.AsSpan().StartsWith("From "u8))
        {
            return message;
        }

        var end = Array.IndexOf(message, (byte)'\n');
        return end < 0 ? message : message[(end + 1)..];
    }

    private static int Post(MailgateSettings settings, byte[] message, TextWriter error)
    {
        try
        {
            var (status, phrase) = settings.Endpoint.Scheme == Uri.UriSchemeHttp
                ? PlainHttpPost.Send(settings.Endpoint, settings.Token, message, settings.Timeout)
                : TlsPost(settings, message);
            if (status is >= 200 and < 300)
            {
                return ExitCodes.Ok;
            }

            var reason = $"the application answered {status} {phrase}";
            if (status == 413)
            {
                error.WriteLine($"anshin-mailgate: message too large for the desk ({message.Length} bytes); {reason}");
                return ExitCodes.DataError;
            }

            error.WriteLine($"anshin-mailgate: {reason}; the message stays queued");
            return ExitCodes.TempFail;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException or SocketException)
        {
            error.WriteLine($"anshin-mailgate: could not deliver to {settings.Endpoint}: {e.Message}; the message stays queued");
            return ExitCodes.TempFail;
        }
    }

    private static (int Status, string Reason) TlsPost(MailgateSettings settings, byte[] message)
    {
        using var handler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false };
        using var http = new HttpClient(handler) { Timeout = settings.Timeout };
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Endpoint) { Content = new ByteArrayContent(message) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Token);
        using var response = http.Send(request);
        return ((int)response.StatusCode, response.ReasonPhrase ?? "");
    }
}
