using System.Globalization;
using Anshin.Web.Areas.Statistics.Services;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Anshin.Web.Areas.Statistics.Pages.Figures;

/// <summary>A published quarterly report (<c>/reports/2026-q3</c>), with its PDF when one was made; prints cleanly either way.</summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ReportModel(QuarterlyReports reports, ReportHtml html) : PageModel
{
    public ReportDocument Document { get; private set; } = null!;

    public string Language { get; private set; } = "ja";

    public bool HasPdf { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, int quarter, CancellationToken ct)
    {
        if (await reports.PublishedAsync(year, quarter, ct) is not { } report)
        {
            return NotFound();
        }

        Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ja";
        Document = html.Document(report, Language == "ja");
        HasPdf = (await reports.PdfLanguagesAsync(report.Id, ct)).Contains(Language);
        return Page();
    }
}
