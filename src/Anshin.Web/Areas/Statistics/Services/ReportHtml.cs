using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Areas.Statistics.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
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
public sealed class ReportHtml(IRazorViewEngine engine, ITempDataProvider tempData, IOptions<StatisticsOptions> options)
{
    private const string View = "/Areas/Statistics/Pages/Shared/_ReportStandalone.cshtml";

    public ReportDocument Document(QuarterlyReport report, bool japanese)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportDocument(report, ReportFigures.FromJson(report.FiguresJson), japanese, options.Value.SuppressBelow);
    }

    public async Task<string> RenderAsync(ActionContext context, QuarterlyReport report, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var culture = new UiCulture(language);
        var found = engine.GetView(executingFilePath: null, viewPath: View, isMainPage: true);
        if (!found.Success)
        {
            throw new InvalidOperationException($"The report view {View} is missing.");
        }

        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = Document(report, language == "ja") };
        var viewContext = new ViewContext(context, found.View, viewData, new TempDataDictionary(context.HttpContext, tempData), writer, new HtmlHelperOptions());
        await found.View.RenderAsync(viewContext);
        return writer.ToString();
    }
}
