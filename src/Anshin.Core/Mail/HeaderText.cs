using System.Text;

namespace Anshin.Core.Mail;

/// <summary>
/// Turns the raw bytes of a header field into text. Header fields should be 7-bit, but Japanese mailers
/// still send raw UTF-8, Shift_JIS, EUC-JP or ISO-2022-JP there; those are recognised rather than mangled.
/// </summary>
internal static class HeaderText
{
    /// <summary>
    /// The field value as text, before RFC 2047 decoding. <paramref name="hintCodePage"/> is the charset the
    /// message declares for its body, the likeliest charset of undeclared 8-bit header bytes.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> raw, int? hintCodePage, ProblemLog problems)
    {
        if (!raw.ContainsAnyInRange((byte)0x80, (byte)0xFF))
        {
            if (raw.IndexOf((byte)0x1B) >= 0 && CharsetDetector.HasIso2022JpEscape(raw))
            {
                problems.Add(MailProblem.RawIso2022JpHeader);
                return MailCharsets.DecodeAs(raw, MailCharsets.Iso2022JpCodePage);
            }

            return Encoding.ASCII.GetString(raw);
        }

        problems.Add(MailProblem.Undeclared8BitHeader);
        if (CharsetDetector.IsUtf8(raw))
        {
            return Encoding.UTF8.GetString(raw);
        }

        if (hintCodePage is { } hint and not MailCharsets.Utf8CodePage and not MailCharsets.Iso2022JpCodePage)
        {
            var hinted = MailCharsets.DecodeAs(raw, hint);
            if (!hinted.Contains('\uFFFD', StringComparison.Ordinal))
            {
                return hinted;
            }
        }

        return MailCharsets.DecodeAs(raw, CharsetDetector.Detect(raw));
    }
}
