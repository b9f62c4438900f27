using Anshin.Web.Platform.Security;

namespace Anshin.Web.Platform.Localization;

/// <summary>The language switch: a plain link, so it works without JavaScript, back to the page it came from.</summary>
public static class LanguageEndpoints
{
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language/{code}", (string code, string? returnUrl, HttpContext http) =>
        {
            var culture = LocalizationSetup.FromCode(code);
            if (culture is null)
            {
                return Results.NotFound();
            }

            LocalizationSetup.Remember(http.Response, culture, http.Request.IsHttps);
            return Results.LocalRedirect(LocalUrl.OrDefault(returnUrl, "/"));
        }).ExcludeFromDescription();
        return app;
    }
}
