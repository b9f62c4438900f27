using System.Globalization;
using System.Net;
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
    /// <remarks>Blocking calls on purpose: no thread pool, no async state machines to start for one request.</remarks>
    public static (int Status, string Reason) Send(Uri endpoint, string token, byte[] body, TimeSpan timeout)
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp)
        {
            NoDelay = true,
            SendTimeout = (int)timeout.TotalMilliseconds,
            ReceiveTimeout = (int)timeout.TotalMilliseconds,
        };
        if (IPAddress.TryParse(endpoint.Host.Trim('[', ']'), out var address))
        {
            socket.Connect(new IPEndPoint(address, endpoint.Port));
        }
        else
        {
            socket.Connect(endpoint.Host, endpoint.Port);
        }

        var head = new StringBuilder()
            .Append("POST ").Append(endpoint.PathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(endpoint.Authority).Append("\r\n")
            .Append("Authorization: Bearer ").Append(token).Append("\r\n")
            .Append("Content-Type: message/rfc822\r\n")
            .Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Connection: close\r\n\r\n");
        socket.Send(Encoding.ASCII.GetBytes(head.ToString()));
        socket.Send(body);

        var buffer = new byte[1024];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = socket.Receive(buffer, length, buffer.Length - length, SocketFlags.None);
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
