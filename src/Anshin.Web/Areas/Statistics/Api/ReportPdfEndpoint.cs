using Anshin.Web.Areas.Statistics.Services;

namespace Anshin.Web.Areas.Statistics.Api;

/// <summary><c>GET /reports/{year}-q{quarter}.pdf?lang=ja|en</c>: the PDF made when the report was published.</summary>
public static class ReportPdfEndpoint
{
    public static void MapReportPdf(this WebApplication app) =>
        app.MapGet("/reports/{year:int}-q{quarter:int:range(1,4)}.pdf", async (int year, int quarter, string? lang, QuarterlyReports reports, CancellationToken ct) =>
        {
            var language = lang == "en" ? "en" : "ja";
            if (await reports.PublishedAsync(year, quarter, ct) is not { } report || await reports.PdfAsync(report.Id, language, ct) is not { } pdf)
            {
                return Results.NotFound();
            }

            return Results.File(pdf.Content, "application/pdf", $"anshin-report-{report.Slug}-{language}.pdf", lastModified: pdf.RenderedAt);
        }).ExcludeFromDescription().AllowAnonymous();
}
