using Anshin.Web.Areas.Desk;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Areas.Statistics.Services;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Hosting;
using Anshin.Web.Platform.Localization;
using Anshin.Web.Platform.Pdf;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Statistics.Pages.Manage.Reports;

/// <summary>
/// One quarterly report (<c>/staff/statistics/reports/{id}</c>): the document as it will be published, the commentary
/// (Markdown, Japanese and English), fresh figures while a draft; supervisors publish (with PDFs when Chromium is
/// configured) and withdraw.
/// </summary>
[Authorize(Policy = StatisticsPolicies.Report)]
public sealed class EditModel(QuarterlyReports reports, ReportHtml html, ChromiumPdf pdf, AuditLog audit, IOutputCacheStore cache,
    IStringLocalizer<SharedResource> t, ILogger<EditModel> logger) : PageModel
{
    private static readonly string[] Languages = ["ja", "en"];

    public QuarterlyReport Report { get; private set; } = null!;

    public ReportDocument Document { get; private set; } = null!;

    public bool CanPublish => DeskPolicies.CanSupervise(User);

    public string? PdfUnavailable => pdf.Unavailable;

    public IReadOnlyList<string> PdfLanguages { get; private set; } = [];

    public string? Error { get; private set; }

    [BindProperty]
    public string CommentaryJa { get; set; } = "";

    [BindProperty]
    public string CommentaryEn { get; set; } = "";

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await reports.FindAsync(id, ct) is not { } report)
        {
            return NotFound();
        }

        CommentaryJa = report.CommentaryJa;
        CommentaryEn = report.CommentaryEn;
        return await ShowAsync(report, ct);
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct) =>
        ActAsync(id, "Reports.Saved", "statistics.report.saved", (r, by) => reports.SaveCommentaryAsync(r, Version, CommentaryJa ?? "", CommentaryEn ?? "", by, ct), ct);

    public Task<IActionResult> OnPostRefreshAsync(int id, CancellationToken ct) =>
        ActAsync(id, "Reports.Refreshed", "statistics.report.refreshed", (r, by) => reports.RefreshFiguresAsync(r, Version, by, ct), ct);

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        if (!CanPublish)
        {
            return Forbid();
        }

        return await ActAsync(id, "Reports.Published", "statistics.report.published", async (r, by) =>
        {
            if (r.Version != Version)
            {
                return ReportResult.Refused("Reports.Error.Stale");
            }

            var pdfs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            if (pdf.Unavailable is null)
            {
                try
                {
                    // Rendered as it will read once published: the date of publication is part of the document.
                    var preview = new QuarterlyReport
                    {
                        Id = r.Id,
                        Year = r.Year,
                        Quarter = r.Quarter,
                        FiguresJson = r.FiguresJson,
                        CommentaryJa = r.CommentaryJa,
                        CommentaryEn = r.CommentaryEn,
                        PublishedAt = DateTime.UtcNow,
                        State = ReportState.Published,
                    };
                    foreach (var language in Languages)
                    {
                        pdfs[language] = await pdf.RenderAsync(await html.RenderAsync(PageContext, preview, language), ct);
                    }
                }
                catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
                {
                    logger.LogError(e, "The PDF of report {Report} could not be rendered", r.Slug);
                    return ReportResult.Refused("Reports.Error.Pdf");
                }
            }

            var result = await reports.PublishAsync(r, Version, pdfs, by, ct);
            if (result.Succeeded)
            {
                await PublicPageCache.EvictAsync(cache, ct);
            }

            return result;
        }, ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        if (!CanPublish)
        {
            return Forbid();
        }

        return await ActAsync(id, "Reports.Withdrawn", "statistics.report.withdrawn", async (r, by) =>
        {
            var result = await reports.WithdrawAsync(r, Version, by, ct);
            await PublicPageCache.EvictAsync(cache, ct);
            return result;
        }, ct);
    }

    private async Task<IActionResult> ActAsync(int id, string done, string auditAction, Func<QuarterlyReport, string, Task<ReportResult>> action, CancellationToken ct)
    {
        if (await reports.FindAsync(id, ct) is not { } report)
        {
            return NotFound();
        }

        var result = await action(report, User.Identity?.Name ?? "");
        if (!result.Succeeded)
        {
            Error = t[result.ErrorKey!];
            Response.StatusCode = result.ErrorKey == "Reports.Error.Stale" ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
            return await ShowAsync(report, ct);
        }

        await audit.WriteAsync(auditAction, target: $"report:{report.Slug}", ct: ct);
        TempData["Flash"] = t[done].Value;
        return Redirect($"/staff/statistics/reports/{report.Id}");
    }

    private async Task<IActionResult> ShowAsync(QuarterlyReport report, CancellationToken ct)
    {
        Report = report;
        Version = report.Version;
        Document = html.Document(report, japanese: true);
        PdfLanguages = await reports.PdfLanguagesAsync(report.Id, ct);
        return Page();
    }
}
