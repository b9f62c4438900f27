namespace Anshin.Core.Mail;

/// <summary>
/// The short, machine-readable names that <see cref="ParsedMessage.Problems"/> lists: what the parser had
/// to repair or guess to make sense of a message.
/// </summary>
public static class MailProblem
{
    /// <summary>The input held no bytes, or only whitespace.</summary>
    public const string Empty = "empty";

    /// <summary>No header fields were found at the top of the message.</summary>
    public const string MissingHeaders = "missing-headers";

    /// <summary>Header fields were found, but none that mail carries (From, Subject, Date, …).</summary>
    public const string NotAMessage = "not-a-message";

    /// <summary>The header ended without a blank line before the body.</summary>
    public const string MissingHeaderSeparator = "missing-header-separator";

    /// <summary>A Unix mbox "From " line preceded the header and was skipped.</summary>
    public const string MboxFromLine = "mbox-from-line";

    /// <summary>A header field contained 8-bit bytes without RFC 2047 encoding.</summary>
    public const string Undeclared8BitHeader = "undeclared-8bit-header";

    /// <summary>A header field contained raw ISO-2022-JP escape sequences.</summary>
    public const string RawIso2022JpHeader = "raw-iso-2022-jp-header";

    /// <summary>An encoded word was malformed (no closing <c>?=</c>, bad encoding letter, …).</summary>
    public const string MalformedEncodedWord = "malformed-encoded-word";

    /// <summary>A declared charset is unknown; the text was decoded by detection.</summary>
    public const string UnknownCharset = "unknown-charset";

    /// <summary>The declared charset did not fit the bytes; another one was detected and used.</summary>
    public const string CharsetMismatch = "charset-mismatch";

    /// <summary>A Content-Transfer-Encoding was unknown; the bytes were taken as they are.</summary>
    public const string UnknownTransferEncoding = "unknown-transfer-encoding";

    /// <summary>Base64 content held characters outside the alphabet or lacked padding.</summary>
    public const string InvalidBase64 = "invalid-base64";

    /// <summary>Quoted-printable content held escapes that are not two hex digits.</summary>
    public const string InvalidQuotedPrintable = "invalid-quoted-printable";

    /// <summary>The Content-Type could not be read; a default was assumed.</summary>
    public const string InvalidContentType = "invalid-content-type";

    /// <summary>A multipart had no boundary parameter; the boundary was found in the body.</summary>
    public const string MissingBoundaryParameter = "missing-boundary-parameter";

    /// <summary>A multipart's boundary never occurred in its body; the body was taken as one part.</summary>
    public const string BoundaryNotFound = "boundary-not-found";

    /// <summary>A multipart lacked its closing boundary line.</summary>
    public const string MissingBoundaryEnd = "missing-boundary-end";

    /// <summary>Multiparts or attached messages nested deeper than the parser follows.</summary>
    public const string NestingTooDeep = "nesting-too-deep";

    /// <summary>The message had more parts than the parser reads.</summary>
    public const string TooManyParts = "too-many-parts";

    /// <summary>The Date field could not be read.</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>The Date field had no time zone; UTC was assumed.</summary>
    public const string DateWithoutZone = "date-without-zone";

    /// <summary>Reading the input stream failed; what was read was parsed.</summary>
    public const string ReadFailed = "read-failed";

    /// <summary>An unexpected fault inside the parser; the result holds what was read before it.</summary>
    public const string ParserFault = "parser-fault";
}
