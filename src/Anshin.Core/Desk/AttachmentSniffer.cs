namespace Anshin.Core.Desk;

/// <summary>
/// Recognises the attachments the desk accepts from their first bytes alone. The file name and the
/// content type the sender declared are never consulted: both are chosen by the sender, and a lure named
/// <c>invoice.pdf</c> is as often an executable as a document.
/// </summary>
public static class AttachmentSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> looks at; later bytes are ignored.</summary>
    public const int HeadLength = 4096;

    // RFC 5322 fields that mail carries and notes or logs rarely begin with; two are needed.
    private static readonly HashSet<string> MailFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "From", "To", "Subject", "Date", "Message-ID", "Received", "Return-Path", "MIME-Version",
    };

    // The tags with which the WHATWG MIME Sniffing Standard (§7.1) makes a browser render unlabelled bytes
    // as HTML, then SVG and the elements a phishing page is built from.
    private static readonly string[] MarkupTags =
        ["html", "head", "script", "iframe", "h1", "div", "font", "table", "a", "style", "title", "b", "body",
            "br", "p", "svg", "form", "input", "meta", "link", "img", "object", "embed", "base"];

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    /// <summary>
    /// The kind of attachment whose content begins with <paramref name="head"/>, or <see langword="null"/>
    /// when it is none the desk accepts: archives, Office documents, executables, HTML, SVG, and text in
    /// an unknown encoding or with control characters are all refused.
    /// </summary>
    /// <param name="head">
    /// The first <see cref="HeadLength"/> bytes of the file, or the whole file when it is shorter.
    /// </param>
    /// <remarks>
    /// Images and PDF are recognised only by their signatures at offset 0. Acrobat also opens a PDF whose
    /// <c>%PDF-</c> comes after up to a kilobyte of other bytes, but that padding is how polyglot files slip
    /// past filters, so such a file is not a PDF here (and is refused unless it happens to be clean text).
    /// Text is UTF-8 (with or without a byte order mark), Shift_JIS, EUC-JP or ISO-2022-JP, with no control
    /// characters other than tab, line feed, form feed and carriage return; a character cut off at the end
    /// of the head is tolerated. Text that opens with e-mail header fields, at least two of them From, To,
    /// Subject, Date, Message-ID, Received, Return-Path or MIME-Version, is an <see cref="AttachmentKind.Email"/>.
    /// </remarks>
    public static AttachmentKind? Sniff(ReadOnlySpan<byte> head)
    {
        var mayBeCut = head.Length >= HeadLength;
        head = head[..Math.Min(head.Length, HeadLength)];
        if (head.StartsWith(PngSignature))
        {
            return AttachmentKind.Png;
        }

        if (head.StartsWith(JpegSignature))
        {
            return AttachmentKind.Jpeg;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return AttachmentKind.Gif;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return AttachmentKind.Pdf;
        }

        var text = SniffedText.Decode(head);
        if (string.IsNullOrEmpty(text) || HasControlCharacter(text) || StartsWithMarkup(text))
        {
            return null;
        }

        return LooksLikeEmail(text, mayBeCut) ? AttachmentKind.Email : AttachmentKind.PlainText;
    }

    /// <summary>The media type to store and serve an attachment of this kind with.</summary>
    /// <remarks>
    /// Text carries no charset because the stored bytes keep the sender's encoding, which may be Shift_JIS.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not a defined value.</exception>
    public static string ContentType(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Png => "image/png",
        AttachmentKind.Jpeg => "image/jpeg",
        AttachmentKind.Gif => "image/gif",
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.PlainText => "text/plain",
        AttachmentKind.Email => "message/rfc822",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// The file name extension, with its leading dot as <see cref="Path.GetExtension(string)"/> returns it,
    /// to give a downloaded attachment of this kind in place of whatever name the sender chose.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not a defined value.</exception>
    public static string Extension(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Png => ".png",
        AttachmentKind.Jpeg => ".jpg",
        AttachmentKind.Gif => ".gif",
        AttachmentKind.Pdf => ".pdf",
        AttachmentKind.PlainText => ".txt",
        AttachmentKind.Email => ".eml",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // ISO-2022-JP's escapes have been consumed by decoding, so ESC is refused here like any other control.
    private static bool HasControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\f' or '\r'))
            {
                return true;
            }
        }

        return false;
    }

    // An HTML attachment is a common phishing vector: opened from a download it renders, forms and all.
    private static bool StartsWithMarkup(string text)
    {
        var start = text.AsSpan().TrimStart().TrimStart('\uFEFF').TrimStart();
        if (start.StartsWith("<!", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            // Any doctype, comment or CDATA opening is markup; no text file starts that way.
            return true;
        }

        if (start.Length < 2 || start[0] != '<')
        {
            return false;
        }

        var name = start[1..];
        foreach (var tag in MarkupTags)
        {
            if (name.StartsWith(tag, StringComparison.OrdinalIgnoreCase)
                && (name.Length == tag.Length || name[tag.Length] is '>' or '/' || char.IsWhiteSpace(name[tag.Length])))
            {
                return true;
            }
        }

        return false;
    }

    // RFC 5322: header fields up to the first empty line, each "name: value" or a folded continuation
    // beginning with white space; an mbox "From " separator may come first. When the head was cut, its
    // last line may be an incomplete field and is not judged.
    private static bool LooksLikeEmail(string text, bool mayBeCut)
    {
        var lines = text.Split('\n');
        var count = mayBeCut && lines.Length > 1 ? lines.Length - 1 : lines.Length;
        var index = 0;
        while (index < count && lines[index].AsSpan().Trim().IsEmpty)
        {
            index++;
        }

        if (index < count && lines[index].StartsWith("From ", StringComparison.Ordinal))
        {
            index++;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var inField = false;
        for (; index < count; index++)
        {
            var line = lines[index].AsSpan().TrimEnd('\r');
            if (line.IsEmpty)
            {
                break;
            }

            if (line[0] is ' ' or '\t')
            {
                if (!inField)
                {
                    return false;
                }

                continue;
            }

            if (FieldName(line) is not { } name)
            {
                return false;
            }

            inField = true;
            if (MailFields.Contains(name))
            {
                seen.Add(name);
            }
        }

        return seen.Count >= 2;
    }

    // Field names are printable US-ASCII except the colon; obsolete syntax allows white space before it.
    private static string? FieldName(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var name = line[..colon].TrimEnd(" \t");
        foreach (var c in name)
        {
            if (c is < '!' or > '~')
            {
                return null;
            }
        }

        return name.IsEmpty ? null : name.ToString();
    }
}
