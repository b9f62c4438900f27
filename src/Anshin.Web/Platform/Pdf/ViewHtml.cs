using Anshin.Web.Areas.Desk.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Anshin.Web.Platform.Pdf;

/// <summary>
/// Renders a Razor view (a standalone document with its own styles and no scripts) to a string in a given language,
/// for <see cref="ChromiumPdf"/>: the printed document comes from the same partial as the page.
/// </summary>
public sealed class ViewHtml(IRazorViewEngine engine, ITempDataProvider tempData)
{
    public async Task<string> RenderAsync(ActionContext context, string viewPath, object model, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var culture = new UiCulture(language);
        var found = engine.GetView(executingFilePath: null, viewPath: viewPath, isMainPage: true);
        if (!found.Success)
        {
            throw new InvalidOperationException($"The view {viewPath} is missing.");
        }

        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var viewContext = new ViewContext(context, found.View, viewData, new TempDataDictionary(context.HttpContext, tempData), writer, new HtmlHelperOptions());
        await found.View.RenderAsync(viewContext);
        return writer.ToString();
    }
}
