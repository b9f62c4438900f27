using System.Globalization;
using Anshin.Core.Organisations;
using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Areas.SecurityAction.Services;
using Microsoft.Net.Http.Headers;

namespace Anshin.Web.Areas.SecurityAction.Api;

/// <summary>
/// <c>GET /api/security-action/declarations/{id}</c> and <c>GET /api/security-action/declarations?corporateNumber=</c>:
/// verification for subsidy reviewers and anyone else. Level, name, prefecture, industry, status and dates only — no
/// contact data. Rate-limited per address; served from the output cache (evicted on every change to a declaration), with
/// an ETag and a short public cache lifetime so repeated checks cost nothing.
/// </summary>
public static class VerificationApi
{
    public const string RateLimitPolicy = "security-action-verify";

    public static void MapVerificationApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/security-action/declarations").WithTags("SecurityAction").AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy).CacheOutput(SecurityActionModule.VerificationCachePolicy);
        group.MapGet("/{id}", ByIdAsync)
            .WithName("VerifyDeclaration")
            .WithSummary("Verify a SECURITY ACTION declaration ID")
            .WithDescription("The declaration with the 11-digit ID (hyphens and full-width digits are accepted): its level (1 or 2 " +
                "stars), the organisation's name, prefecture and industry, its status (active, withdrawn, suspended) and dates. " +
                "Answers 304 to If-None-Match with the current ETag.")
            .Produces<DeclarationResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/", ByCorporateNumberAsync)
            .WithName("DeclarationsByCorporateNumber")
            .WithSummary("Declarations made under a corporate number")
            .WithDescription("Every declaration (current and withdrawn) made under the 13-digit corporate number, newest first.")
            .Produces<DeclarationListResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<IResult> ByIdAsync(string id, HttpContext http, DeclarationRegistry registry, CancellationToken ct)
    {
        if (await registry.VerifyAsync(id, ct) is not { } declaration)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Declaration not found",
                detail: "No declaration has this ID. Check the 11 digits.");
        }

        return Cached(http, declaration.Version, DeclarationResponse.From(declaration));
    }

    private static async Task<IResult> ByCorporateNumberAsync(string? corporateNumber, HttpContext http, DeclarationRegistry registry, CancellationToken ct)
    {
        if (DeclarationRegistry.CorporateNumberOf(corporateNumber) is not { } number)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["corporateNumber"] = ["A corporate number is 13 digits with a valid check digit."],
            });
        }

        var declarations = await registry.ByCorporateNumberAsync(number, ct);
        var version = $"\"{number}-{string.Join('.', declarations.Select(d => d.Version.Trim('"')))}\"";
        return Cached(http, version, new DeclarationListResponse(number, [.. declarations.Select(DeclarationResponse.From)]));
    }

    private static IResult Cached<T>(HttpContext http, string etag, T body)
    {
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "public, max-age=60";
        var match = http.Request.Headers.IfNoneMatch;
        if (match.Count > 0 && EntityTagHeaderValue.TryParseList(match, out var tags)
            && tags.Any(t => t.Tag == etag || t.Tag == "*"))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(body);
    }
}

/// <summary>A declaration as the verification API shows it.</summary>
public sealed record DeclarationResponse(string Id, int Level, string OrganisationName, string PrefectureCode, string Prefecture,
    string PrefectureEn, string Industry, string Status, string DeclaredOn, string UpdatedAt, string? WithdrawnOn, string? SuspendedOn)
{
    public static DeclarationResponse From(PublicDeclaration d)
    {
        var prefecture = Prefectures.Find(d.Prefecture);
        return new DeclarationResponse(d.Id, d.Level, d.OrganisationName, prefecture?.JisCode ?? "", prefecture?.Name.Ja ?? "",
            prefecture?.Name.En ?? "", d.Industry, StatusText(d.State), Day(d.DeclaredAt), d.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
            d.WithdrawnAt is { } w ? Day(w) : null, d.SuspendedAt is { } s ? Day(s) : null);
    }

    public static string StatusText(DeclarationState state) => state switch
    {
        DeclarationState.Active => "active",
        DeclarationState.Withdrawn => "withdrawn",
        DeclarationState.Suspended => "suspended",
        _ => "pending",
    };

    private static string Day(DateTime utc) =>
        Anshin.Core.Calendar.BusinessCalendar.ToTokyoDate(new DateTimeOffset(utc, TimeSpan.Zero)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The declarations of one corporate number.</summary>
public sealed record DeclarationListResponse(string CorporateNumber, IReadOnlyList<DeclarationResponse> Declarations);
