using System.Globalization;
using System.Text;

namespace Anshin.Core.Smtp;

/// <summary>The command-and-reply half of an SMTP conversation over one stream.</summary>
internal sealed class SmtpSession(Stream stream)
{
    private readonly byte[] buffer = new byte[4096];
    private int start;
    private int end;

    public async Task<IReadOnlyList<string>> EhloAsync(string clientName, CancellationToken ct)
    {
        await WriteLineAsync($"EHLO {clientName}", ct);
        var (code, lines) = await ReadReplyAsync(ct);
        if (code == 250)
        {
            return [.. lines.Skip(1)];
        }

        await WriteLineAsync($"HELO {clientName}", ct);
        (code, lines) = await ReadReplyAsync(ct);
        return code == 250 ? [] : throw Refused("HELO", code, lines);
    }

    public async Task CommandAsync(string command, int expected, CancellationToken ct, int alsoAccept = 0, string? redacted = null)
    {
        await WriteLineAsync(command, ct);
        var (code, lines) = await ReadReplyAsync(ct);
        if (code != expected && (alsoAccept == 0 || code != alsoAccept))
        {
            throw Refused(redacted ?? command, code, lines);
        }
    }

    public async Task ExpectAsync(int expected, string what, CancellationToken ct)
    {
        var (code, lines) = await ReadReplyAsync(ct);
        if (code != expected)
        {
            throw Refused(what, code, lines);
        }
    }

    /// <summary>Sends the message with dot-stuffing and the terminating <c>.</c> line.</summary>
    public async Task WriteDataAsync(byte[] message, CancellationToken ct)
    {
        using var data = new MemoryStream(message.Length + 1024);
        var lineStart = true;
        foreach (var b in message)
        {
            if (lineStart && b == (byte)'.')
            {
                data.WriteByte((byte)'.');
            }

            data.WriteByte(b);
            lineStart = b == (byte)'\n';
        }

        if (!lineStart)
        {
            data.Write("\r\n"u8);
        }

        data.Write(".\r\n"u8);
        await stream.WriteAsync(data.GetBuffer().AsMemory(0, (int)data.Length), ct);
        await stream.FlushAsync(ct);
    }

    public async Task QuitAsync(CancellationToken ct)
    {
        try
        {
            await WriteLineAsync("QUIT", ct);
            await ReadReplyAsync(ct);
        }
        catch (Exception e) when (e is IOException or SmtpException)
        {
            // The message is already accepted; a relay that hangs up early changes nothing.
        }
    }

    private async Task WriteLineAsync(string line, CancellationToken ct)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), ct);
        await stream.FlushAsync(ct);
    }

    private async Task<(int Code, List<string> Lines)> ReadReplyAsync(CancellationToken ct)
    {
        var lines = new List<string>();
        while (true)
        {
            var line = await ReadLineAsync(ct);
            if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                throw new SmtpException($"The relay sent something that is not an SMTP reply: {line}");
            }

            lines.Add(line.Length > 4 ? line[4..] : "");
            if (line.Length == 3 || line[3] != '-')
            {
                return (code, lines);
            }
        }
    }

    private async Task<string> ReadLineAsync(CancellationToken ct)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (start == end)
            {
                start = 0;
                end = await stream.ReadAsync(buffer, ct);
                if (end == 0)
                {
                    throw new SmtpException("The relay closed the connection.");
                }
            }

            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            var stop = newline < 0 ? end : newline;
            line.Append(Encoding.ASCII.GetString(buffer, start, stop - start));
            start = newline < 0 ? end : newline + 1;
            if (newline >= 0)
            {
                return line.ToString().TrimEnd('\r');
            }

            if (line.Length > 4096)
            {
                throw new SmtpException("The relay sent a line longer than 4 KB.");
            }
        }
    }

    private static SmtpException Refused(string command, int code, List<string> lines) =>
        new($"The relay answered {code.ToString(CultureInfo.InvariantCulture)} to {command}: {string.Join(" ", lines)}", code);
}
