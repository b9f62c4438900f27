using System.Text;

namespace Anshin.Tests.Mail;

// Reproducible pseudo-random damage, not security: a fixed seed makes every failure replayable.
#pragma warning disable CA5394

/// <summary>
/// Damages a message the way transport, careless software and attackers do: flipped bytes, truncation,
/// duplicated and lost lines, stray boundaries, random header fields and fragments of escapes and encodings.
/// </summary>
internal sealed class MessageMutator(Random random)
{
    private static readonly string[] Fields =
    [
        "Content-Type: multipart/mixed; boundary=\"zz\"",
        "Content-Type: multipart/alternative",
        "Content-Type: message/rfc822",
        "Content-Type: text/html; charset=iso-2022-jp",
        "Content-Type: text/plain; charset=\"x-unknown\"; format=flowed; delsp=yes",
        "Content-Transfer-Encoding: base64",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Disposition: attachment; filename*0*=utf-8''%E3%81; filename*1*=%82%zz; filename*99999999999=x",
        "Subject: =?UTF-8?B?44GC?= =?ISO-2022-JP?B?GyRCJCIbKEI?= =?utf-8?q?=E3=81?=",
        "From: \"=?UTF-8?B?5ZCN?=\" <a@b>, (comment (nested) <x@y>, group: ;",
        "Date: Mon, 99 Foo 99999 25:61:61 +9999",
        "Return-Path: <>",
        "Auto-Submitted: auto-generated",
        "Message-ID: <<<>>>",
        "X-Junk: \u001B$B\u001B(I",
    ];

    private static readonly string[] Fragments =
    [
        "\u001B$B", "\u001B(I", "\u001B(B", "=?", "?=", "=?utf-8?B?", "--", "\r\n\r\n", "\n", "<", "&#x",
        "&", "<!--", "<script>", "%", "=\r\n", "=", "\"", "(", "\\",
    ];

    public byte[] Mutate(byte[] message)
    {
        var data = message;
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            data = random.Next(8) switch
            {
                0 => FlipBytes(data),
                1 => Truncate(data),
                2 => DuplicateLine(data),
                3 => DeleteLine(data),
                4 => InsertLine(data, "--" + Boundary(data) + (random.Next(2) == 0 ? "--" : string.Empty)),
                5 => InsertLine(data, Fields[random.Next(Fields.Length)]),
                6 => Insert(data, random.Next(data.Length + 1), Encoding.Latin1.GetBytes(Fragments[random.Next(Fragments.Length)])),
                _ => StripCarriageReturns(data),
            };
        }

        return data;
    }

    private byte[] FlipBytes(byte[] data)
    {
        if (data.Length == 0)
        {
            return data;
        }

        var copy = (byte[])data.Clone();
        var flips = random.Next(1, 9);
        for (var i = 0; i < flips; i++)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }

    private byte[] Truncate(byte[] data) => data.Length == 0 ? data : data[..random.Next(data.Length)];

    private byte[] DuplicateLine(byte[] data)
    {
        var (start, end) = RandomLine(data);
        return Insert(data, end, data[start..end]);
    }

    private byte[] DeleteLine(byte[] data)
    {
        var (start, end) = RandomLine(data);
        return [.. data[..start], .. data[end..]];
    }

    private byte[] InsertLine(byte[] data, string line)
    {
        var (start, _) = RandomLine(data);
        return Insert(data, start, Encoding.Latin1.GetBytes(line + "\r\n"));
    }

    private static byte[] Insert(byte[] data, int at, byte[] bytes) => [.. data[..at], .. bytes, .. data[at..]];

    private static byte[] StripCarriageReturns(byte[] data) => [.. data.Where(b => b != (byte)'\r')];

    // A boundary the message already uses, when one can be found, so that the inserted line really cuts a part.
    private string Boundary(byte[] data)
    {
        var text = Encoding.Latin1.GetString(data);
        var index = text.IndexOf("boundary=", StringComparison.OrdinalIgnoreCase);
        if (index < 0 || random.Next(4) == 0)
        {
            return "zz";
        }

        var start = index + "boundary=".Length;
        var value = new string(text[start..].TakeWhile(c => c is not (';' or '\r' or '\n')).ToArray());
        return value.Trim().Trim('"');
    }

    // The start and end (after its line feed) of a random line.
    private (int Start, int End) RandomLine(byte[] data)
    {
        if (data.Length == 0)
        {
            return (0, 0);
        }

        var at = random.Next(data.Length);
        var start = Array.LastIndexOf(data, (byte)'\n', Math.Max(0, at - 1)) + 1;
        if (at == 0)
        {
            start = 0;
        }

        var newline = Array.IndexOf(data, (byte)'\n', start);
        return (start, newline < 0 ? data.Length : newline + 1);
    }
}
