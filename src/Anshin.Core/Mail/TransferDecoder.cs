namespace Anshin.Core.Mail;

/// <summary>
/// Undoes Content-Transfer-Encoding leniently: base64 with whitespace, junk and missing padding, and
/// quoted-printable with lower-case hex and broken escapes kept as they were written.
/// </summary>
internal static class TransferDecoder
{
    private static readonly sbyte[] Base64Values = BuildBase64Values();

    /// <summary>
    /// The decoded content. Identity encodings (7bit, 8bit, binary) return the input itself, not a copy.
    /// </summary>
    public static ReadOnlyMemory<byte> Decode(ReadOnlyMemory<byte> content, string? encoding, ProblemLog problems)
    {
        var name = encoding?.Trim().Trim('"').ToLowerInvariant() ?? string.Empty;
        switch (name)
        {
            case "base64":
                return DecodeBase64(content.Span, problems);
            case "quoted-printable":
                return DecodeQuotedPrintable(content.Span, problems);
            case "" or "7bit" or "8bit" or "binary" or "7-bit" or "8-bit":
                return content;
            default:
                problems.Add(MailProblem.UnknownTransferEncoding);
                return content;
        }
    }

    public static ReadOnlyMemory<byte> DecodeBase64(ReadOnlySpan<byte> input, ProblemLog? problems)
    {
        var output = new byte[(input.Length / 4 * 3) + 3];
        var written = 0;
        var quantum = 0;
        var count = 0;
        var junk = false;
        foreach (var b in input)
        {
            var value = Base64Values[b];
            if (value >= 0)
            {
                quantum = (quantum << 6) | (byte)value;
                if (++count == 4)
                {
                    output[written++] = (byte)(quantum >> 16);
                    output[written++] = (byte)(quantum >> 8);
                    output[written++] = (byte)quantum;
                    quantum = 0;
                    count = 0;
                }
            }
            else if (b == (byte)'=')
            {
                // Padding ends a quantum; mailers that glue base64 blocks together pad in the middle.
                written = Flush(output, written, quantum, count);
                quantum = 0;
                count = 0;
            }
            else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                junk = true;
            }
        }

        if (count != 0)
        {
            problems?.Add(MailProblem.InvalidBase64);
            written = Flush(output, written, quantum, count);
        }

        if (junk)
        {
            problems?.Add(MailProblem.InvalidBase64);
        }

        return output.AsMemory(0, written);
    }

    public static ReadOnlyMemory<byte> DecodeQuotedPrintable(ReadOnlySpan<byte> input, ProblemLog? problems)
    {
        var output = new byte[input.Length];
        var written = 0;

        // Trailing whitespace on a line was added in transport and is removed (RFC 2045 §6.7 rule 3).
        var significant = 0;
        var i = 0;
        while (i < input.Length)
        {
            var b = input[i];
            if (b == (byte)'=')
            {
                var soft = SoftBreakLength(input, i + 1);
                if (soft >= 0)
                {
                    significant = written;
                    i += 1 + soft;
                    continue;
                }

                if (i + 2 < input.Length && HexValue(input[i + 1]) is var high and >= 0
                    && HexValue(input[i + 2]) is var low and >= 0)
                {
                    output[written++] = (byte)((high << 4) | low);
                    significant = written;
                    i += 3;
                    continue;
                }

                problems?.Add(MailProblem.InvalidQuotedPrintable);
                output[written++] = b;
                significant = written;
                i++;
                continue;
            }

            if (b == (byte)'\n' || b == (byte)'\r')
            {
                written = significant;
                output[written++] = b;
                significant = written;
                i++;
                continue;
            }

            output[written++] = b;
            if (b is not ((byte)' ' or (byte)'\t'))
            {
                significant = written;
            }

            i++;
        }

        return output.AsMemory(0, written);
    }

    // The length of "[whitespace] CRLF" or "[whitespace] LF" after "=", the whitespace alone at the end of
    // the input, or -1 when "=" does not end the line.
    private static int SoftBreakLength(ReadOnlySpan<byte> input, int start)
    {
        var i = start;
        while (i < input.Length && input[i] is (byte)' ' or (byte)'\t')
        {
            i++;
        }

        if (i == input.Length)
        {
            return i - start;
        }

        if (input[i] == (byte)'\n')
        {
            return i + 1 - start;
        }

        if (input[i] == (byte)'\r')
        {
            return i + 1 < input.Length && input[i + 1] == (byte)'\n' ? i + 2 - start : i + 1 - start;
        }

        return -1;
    }

    private static int Flush(byte[] output, int written, int quantum, int count)
    {
        switch (count)
        {
            case 2:
                output[written++] = (byte)(quantum >> 4);
                break;
            case 3:
                output[written++] = (byte)(quantum >> 10);
                output[written++] = (byte)(quantum >> 2);
                break;
        }

        return written;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        _ => -1,
    };

    private static sbyte[] BuildBase64Values()
    {
        var values = new sbyte[256];
        Array.Fill(values, (sbyte)-1);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (var i = 0; i < alphabet.Length; i++)
        {
            values[alphabet[i]] = (sbyte)i;
        }

        return values;
    }
}
