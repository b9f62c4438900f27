using System.Globalization;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Pages;

/// <summary>Plain-language pages for 404, 403, 429 and the other status codes a visitor can meet.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<SharedResource> t) : PageModel
{
    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private IActionResult Show(int code)
    {
        // Reached directly (not re-executed), the page shows 404's text rather than pretend another status.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        var shown = reExecuted ? code : StatusCodes.Status404NotFound;
        var key = shown.ToString(CultureInfo.InvariantCulture);
        var title = t["Status.Title." + key];
        Title = title.ResourceNotFound ? t["Status.Title.Other"] : title;
        var text = t["Status.Text." + key];
        Text = text.ResourceNotFound ? t["Status.Text.Other"] : text;
        Response.StatusCode = shown;
        return Page();
    }
}
