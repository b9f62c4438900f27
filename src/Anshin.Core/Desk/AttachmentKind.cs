namespace Anshin.Core.Desk;

/// <summary>The kinds of attachment the desk accepts, as recognised from their content.</summary>
public enum AttachmentKind
{
    /// <summary>A PNG image.</summary>
    Png,

    /// <summary>A JPEG image.</summary>
    Jpeg,

    /// <summary>A GIF image.</summary>
    Gif,

    /// <summary>A PDF document.</summary>
    Pdf,

    /// <summary>Plain text in UTF-8, Shift_JIS, EUC-JP or ISO-2022-JP.</summary>
    PlainText,

    /// <summary>A whole e-mail message (<c>.eml</c>), typically a suspicious mail forwarded as an attachment.</summary>
    Email,
}
