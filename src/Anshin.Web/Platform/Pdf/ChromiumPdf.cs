using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Pdf;

/// <summary>
/// Renders an HTML document to PDF with headless Chromium (<c>--print-to-pdf</c>), which typesets Japanese with the
/// system's CJK fonts. The HTML is written to a private temporary folder and opened as a file, so nothing is fetched
/// over the network; the document must carry its own styles.
/// </summary>
public sealed class ChromiumPdf(IOptions<PdfOptions> options, ILogger<ChromiumPdf> logger)
{
    /// <summary>Why PDFs cannot be made here (a localisation key), or null when they can.</summary>
    public string? Unavailable =>
        options.Value.ChromiumPath.Length == 0 ? "Pdf.NotConfigured"
        : !File.Exists(options.Value.ChromiumPath) ? "Pdf.NotFound"
        : null;

    public async Task<byte[]> RenderAsync(string html, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (Unavailable is { } why)
        {
            throw new InvalidOperationException($"PDF rendering is not available: {why} ({options.Value.ChromiumPath}).");
        }

        var folder = Directory.CreateTempSubdirectory("anshin-pdf-");
        try
        {
            var page = Path.Combine(folder.FullName, "document.html");
            var pdf = Path.Combine(folder.FullName, "document.pdf");
            await File.WriteAllTextAsync(page, html, ct);
            var start = new ProcessStartInfo(options.Value.ChromiumPath)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            var stderr = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.Value.Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish the PDF within {options.Value.Timeout.TotalSeconds:0} s.");
            }

            if (!File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                var error = await stderr;
                logger.LogError("Chromium exited with {Code} without a PDF: {Error}", process.ExitCode, error);
                throw new InvalidOperationException($"Chromium made no PDF (exit code {process.ExitCode}).");
            }

            return await File.ReadAllBytesAsync(pdf, ct);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException e)
            {
                logger.LogWarning(e, "Could not remove the temporary folder {Folder}", folder.FullName);
            }
        }
    }
}
