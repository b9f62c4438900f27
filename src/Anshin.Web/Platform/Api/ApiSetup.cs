using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Platform.Api;

/// <summary>API conventions shared by every module: problem details, OpenAPI document.</summary>
public static class ApiSetup
{
    public static IServiceCollection AddAnshinApi(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            // Titles of framework-made problems (404, 405, 500 …) in the caller's language; never internals.
            var t = ctx.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            var status = ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode;
            var key = "Problem.Status" + status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var title = t[key];
            if (!title.ResourceNotFound && ctx.Exception is not null || string.IsNullOrEmpty(ctx.ProblemDetails.Title))
            {
                ctx.ProblemDetails.Title = title.ResourceNotFound ? t["Problem.Status500"] : title;
            }

            ctx.ProblemDetails.Extensions.Remove("exception");
            ctx.ProblemDetails.Extensions["traceId"] =
                ctx.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.TraceId.ToString() ?? ctx.HttpContext.TraceIdentifier;
        });
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Anshin API";
            doc.Info.Description = "Public and staff API of the Anshin information-security support platform. " +
                "Errors are RFC 9457 problem details. Staff endpoints use the staff cookie; machine clients use " +
                "'Authorization: Bearer <token>' with tokens issued in the admin area.";
            return Task.CompletedTask;
        }));
        return services;
    }
}
