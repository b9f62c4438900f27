using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Anshin.Mailgate;

/// <summary>
/// One HTTP/1.1 POST over a plain socket, for the usual set-up where the application listens on the loopback
/// interface. Loading <c>HttpClient</c> costs about 100 ms per start — twice the whole rest of the program — and the
/// mailgate starts once per message. HTTPS addresses go through <c>HttpClient</c> instead.
/// </summary>
internal static class PlainHttpPost
{
    /// <summary>Sends the request and returns the status code and reason phrase of the answer.</summary>
    public static async Task<(int Status, string Reason)> SendAsync(Uri endpoint, string token, byte[] body, TimeSpan timeout,
        CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(endpoint.Host, endpoint.Port, deadline.Token);
        var head = new StringBuilder()
            .Append("POST ").Append(endpoint.PathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(endpoint.Authority).Append("\r\n")
            .Append("Authorization: Bearer ").Append(token).Append("\r\n")
            .Append("Content-Type: message/rfc822\r\n")
            .Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Connection: close\r\n\r\n");
        await socket.SendAsync(Encoding.ASCII.GetBytes(head.ToString()), SocketFlags.None, deadline.Token);
        await socket.SendAsync(body, SocketFlags.None, deadline.Token);

        var buffer = new byte[1024];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await socket.ReceiveAsync(buffer.AsMemory(length), SocketFlags.None, deadline.Token);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (Array.IndexOf(buffer, (byte)'\n', 0, length) >= 0)
            {
                break;
            }
        }

        // "HTTP/1.1 200 OK"
        var statusLine = Encoding.ASCII.GetString(buffer, 0, length).Split('\n')[0].TrimEnd('\r');
        var parts = statusLine.Split(' ', 3);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw new IOException($"The application sent no HTTP status line (got \"{statusLine}\").");
        }

        return (status, parts.Length > 2 ? parts[2] : "");
    }
}
