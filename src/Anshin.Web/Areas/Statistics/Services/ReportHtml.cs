using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Platform.Pdf;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>What the report document partial shows.</summary>
public sealed record ReportDocument(QuarterlyReport Report, ReportFigures Figures, bool Japanese, int SuppressBelow)
{
    public string Commentary => Japanese || Report.CommentaryEn.Length == 0 ? Report.CommentaryJa : Report.CommentaryEn;
}

/// <summary>
/// Renders a quarterly report as one self-contained HTML document (its own styles, no scripts) from the same partial
/// as the public page, for <see cref="Platform.Pdf.ChromiumPdf"/>.
/// </summary>
public sealed class ReportHtml(ViewHtml views, IOptions<StatisticsOptions> options)
{
    private const string View = "/Areas/Statistics/Pages/Shared/_ReportStandalone.cshtml";

    public ReportDocument Document(QuarterlyReport report, bool japanese)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportDocument(report, ReportFigures.FromJson(report.FiguresJson), japanese, options.Value.SuppressBelow);
    }

    public Task<string> RenderAsync(ActionContext context, QuarterlyReport report, string language) =>
        views.RenderAsync(context, View, Document(report, language == "ja"), language);
}
