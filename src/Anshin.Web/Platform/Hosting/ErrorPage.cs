using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using Anshin.Web.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Platform.Hosting;

/// <summary>
/// The page shown when a request fails unexpectedly. Written directly rather than by re-running the pipeline:
/// when the database is down, re-running authentication would fail again and the visitor would get nothing.
/// It names a reference for the operator's logs and nothing else.
/// </summary>
public static class ErrorPage
{
    public static async Task WriteAsync(HttpContext context)
    {
        var t = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var japanese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";
        var reference = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        var html = context.RequestServices.GetRequiredService<HtmlEncoder>();
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{(japanese ? "ja" : "en")}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{html.Encode(t["Error.Title"])}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body class="public"><main id="main" class="wrap">
            <h1>{html.Encode(t["Error.Title"])}</h1>
            <p>{html.Encode(t["Error.Text"])}</p>
            <p class="muted">{html.Encode(t["Error.Reference", reference])}</p>
            <p><a href="/">{html.Encode(t["Error.BackHome"])}</a></p>
            </main></body></html>
            """);
    }
}
