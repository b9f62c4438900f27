using System.Text;

namespace Anshin.Core.Mail;

/// <summary>Makes sender-chosen file names safe to store and offer for download, and invents missing ones.</summary>
internal static class AttachmentNames
{
    private const int MaxLength = 200;

    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/plain"] = "txt",
        ["text/html"] = "html",
        ["text/calendar"] = "ics",
        ["text/csv"] = "csv",
        ["text/rfc822-headers"] = "txt",
        ["message/delivery-status"] = "txt",
        ["message/disposition-notification"] = "txt",
        ["message/rfc822"] = "eml",
        ["message/global"] = "eml",
        ["application/pdf"] = "pdf",
        ["application/zip"] = "zip",
        ["application/json"] = "json",
        ["application/msword"] = "doc",
        ["application/vnd.ms-excel"] = "xls",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = "docx",
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = "xlsx",
        ["application/vnd.openxmlformats-officedocument.presentationml.presentation"] = "pptx",
        ["application/pgp-signature"] = "asc",
        ["application/pkcs7-signature"] = "p7s",
        ["application/x-pkcs7-signature"] = "p7s",
        ["image/png"] = "png",
        ["image/jpeg"] = "jpg",
        ["image/jpg"] = "jpg",
        ["image/gif"] = "gif",
        ["image/webp"] = "webp",
        ["image/bmp"] = "bmp",
        ["image/svg+xml"] = "svg",
        ["audio/mpeg"] = "mp3",
        ["video/mp4"] = "mp4",
    };

    /// <summary>A name for an attachment the sender did not name: <c>attachment-N.ext</c> or <c>message-N.eml</c>.</summary>
    public static string Generate(string mediaType, int number)
    {
        var extension = Extensions.GetValueOrDefault(mediaType, "bin");
        var stem = extension == "eml" ? "message" : "attachment";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stem}-{number}.{extension}");
    }

    /// <summary>
    /// The last path segment of <paramref name="name"/> without control characters or characters Windows
    /// forbids, trimmed and shortened (keeping the extension); <see langword="null"/> when nothing is left.
    /// </summary>
    public static string? Sanitise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var lastSeparator = name.AsSpan().LastIndexOfAny('/', '\\');
        var segment = lastSeparator >= 0 ? name[(lastSeparator + 1)..] : name;
        var builder = new StringBuilder(segment.Length);
        foreach (var c in segment)
        {
            if (char.IsControl(c) || c is '<' or '>' or ':' or '"' or '|' or '?' or '*' or '\uFFFD')
            {
                builder.Append(c is '\r' or '\n' or '\t' ? ' ' : '_');
            }
            else
            {
                builder.Append(c);
            }
        }

        var cleaned = builder.ToString().Trim().Trim('.').Trim();
        if (cleaned.Length == 0 || cleaned.All(c => c == '_'))
        {
            return null;
        }

        return cleaned.Length <= MaxLength ? cleaned : Shorten(cleaned);
    }

    /// <summary>A file name for an attached message from its subject, or <see langword="null"/> when it has none.</summary>
    public static string? FromSubject(string subject)
    {
        // A slash in a subject is punctuation, not a directory.
        var collapsed = string.Join(' ', subject.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Replace('/', '_').Replace('\\', '_');
        var cut = Math.Min(collapsed.Length, 80);
        if (cut < collapsed.Length && char.IsHighSurrogate(collapsed[cut - 1]))
        {
            cut--;
        }

        var stem = Sanitise(collapsed[..cut]);
        return stem is null ? null : stem + ".eml";
    }

    private static string Shorten(string name)
    {
        var dot = name.LastIndexOf('.');
        var extension = dot > 0 && name.Length - dot <= 10 ? name[dot..] : string.Empty;
        var stem = name[..(MaxLength - extension.Length)];
        if (char.IsHighSurrogate(stem[^1]))
        {
            stem = stem[..^1];
        }

        return stem + extension;
    }
}
