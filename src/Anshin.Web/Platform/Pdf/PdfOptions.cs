namespace Anshin.Web.Platform.Pdf;

/// <summary>Configuration section <c>Pdf</c>: where headless Chromium is, for PDFs rendered from our own HTML.</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>The Chromium (or Chrome) executable; empty turns PDFs off (pages still print cleanly from the browser).</summary>
    public string ChromiumPath { get; set; } = "";

    /// <summary>How long one rendering may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
