using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Services;
using Anshin.Web.Platform.Hosting;
using Anshin.Web.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Otasuketai.Api;

/// <summary>
/// The public registry API: <c>GET /api/otasuketai/services</c> (filtered, paged), <c>GET /api/otasuketai/services/{id}</c>
/// and <c>GET /api/otasuketai/match</c> (the wizard's answer for a firm). Registered services only; served from the
/// registry's copy in memory and the output cache, both dropped on every registration change.
/// </summary>
public static class OtasuketaiApi
{
    public const int MaxPageSize = 100;

    public static void MapOtasuketaiApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/otasuketai").WithTags("Otasuketai").AllowAnonymous().CacheOutput(OtasuketaiModule.PublicCachePolicy);
        group.MapGet("/services", ListAsync)
            .WithName("OtasuketaiServices")
            .WithSummary("Registered お助け隊 services")
            .WithDescription("Filters: type (network, endpoint, combined), prefecture (1–47; nationwide services match every one), " +
                "maxMonthly (the entry price, yen excluding tax), category (1 or 2). Paged with page and pageSize (at most 100).")
            .Produces<ServiceListResponse>()
            .ProducesValidationProblem();
        group.MapGet("/services/{id:int}", ByIdAsync)
            .WithName("OtasuketaiService")
            .WithSummary("One registered お助け隊 service")
            .Produces<ServiceResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/match", MatchAsync)
            .WithName("OtasuketaiMatch")
            .WithSummary("Services that fit a firm, with the monthly estimate")
            .WithDescription("pcs, servers, sites, prefecture (1–47) and optionally hasNetworkDevice (yes, no, unknown), onSite " +
                "(true when an engineer on site is wanted; default true) and budget (yen a month, excluding tax). Cheapest first.")
            .Produces<MatchListResponse>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> ListAsync(string? type, int? prefecture, long? maxMonthly, int? category, int? page, int? pageSize,
        ServiceRegistry registry, SiteAddress site, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        ServiceType? only = null;
        if (type is not null)
        {
            if (ServiceTypes.TryParse(type, out var parsed))
            {
                only = parsed;
            }
            else
            {
                errors["type"] = [t["Otasuketai.Api.TypeInvalid"]];
            }
        }

        if (prefecture is not null and not (>= 1 and <= 47))
        {
            errors["prefecture"] = [t["Otasuketai.Api.PrefectureInvalid"]];
        }

        if (category is not null and not (1 or 2))
        {
            errors["category"] = [t["Otasuketai.Api.CategoryInvalid"]];
        }

        if (maxMonthly is < 0)
        {
            errors["maxMonthly"] = [t["Otasuketai.Api.PriceInvalid"]];
        }

        var size = pageSize ?? 20;
        if (size is < 1 or > MaxPageSize || page is < 1)
        {
            errors["pageSize"] = [t["Otasuketai.Api.PageInvalid", MaxPageSize]];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var current = page ?? 1;
        var (services, total) = await registry.SearchAsync(new ServiceFilter(only, prefecture, maxMonthly, category), current, size, ct);
        return TypedResults.Ok(new ServiceListResponse(total, current, size, services.Select(s => ServiceResponse.From(s, site.Origin)).ToList()));
    }

    private static async Task<IResult> ByIdAsync(int id, ServiceRegistry registry, SiteAddress site, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
        await registry.FindAsync(id, ct) is { } service
            ? TypedResults.Ok(ServiceResponse.From(service, site.Origin))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: t["Otasuketai.Api.NotFoundTitle"],
                detail: t["Otasuketai.Api.NotFoundDetail"]);

    private static async Task<IResult> MatchAsync(int? pcs, int? servers, int? sites, int? prefecture, string? hasNetworkDevice, bool? onSite,
        long? budget, ServiceRegistry registry, SiteAddress site, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var (need, errors) = WizardQuestions.Read(pcs, servers, sites, prefecture, hasNetworkDevice, onSite, budget);
        if (need is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { t[e.Value].Value }));
        }

        var matches = await registry.MatchAsync(need, ct);
        return TypedResults.Ok(new MatchListResponse(matches.Count, matches.Take(MaxPageSize).Select(m => new MatchResponse(
            ServiceResponse.From(m.Service, site.Origin), m.Match.MonthlyCost,
            m.Match.Reasons.Select(r => r.Ja).ToList(), m.Match.Reasons.Select(r => r.En).ToList())).ToList()));
    }
}
