namespace Anshin.Core.Security;

/// <summary>RFC 4648 base32 with the standard alphabet, as authenticator apps expect TOTP secrets.</summary>
public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>Encodes bytes as upper-case base32 without '=' padding.</summary>
    public static string Encode(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var output = new char[((data.Length * 8) + 4) / 5];
        var position = 0;
        var buffer = 0;
        var bitsInBuffer = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bitsInBuffer += 8;
            while (bitsInBuffer >= 5)
            {
                bitsInBuffer -= 5;
                output[position++] = Alphabet[(buffer >> bitsInBuffer) & 31];
            }
        }

        if (bitsInBuffer > 0)
        {
            output[position++] = Alphabet[(buffer << (5 - bitsInBuffer)) & 31];
        }

        return new string(output, 0, position);
    }

    /// <summary>
    /// Decodes base32 case-insensitively, ignoring spaces, hyphens and '=' padding, because people copy secrets
    /// from screens that group them.
    /// </summary>
    /// <exception cref="FormatException">The text has a character outside the base32 alphabet.</exception>
    public static byte[] Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new List<byte>((text.Length * 5) / 8);
        var buffer = 0;
        var bitsInBuffer = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '-' or '=')
            {
                continue;
            }

            var value = ValueOf(c);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 character.");
            }

            buffer = (buffer << 5) | value;
            bitsInBuffer += 5;
            if (bitsInBuffer >= 8)
            {
                bitsInBuffer -= 8;
                output.Add((byte)(buffer >> bitsInBuffer));
            }

            buffer &= (1 << bitsInBuffer) - 1;
        }

        return [.. output];
    }

    private static int ValueOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a',
        >= '2' and <= '7' => c - '2' + 26,
        _ => -1,
    };
}
