using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Platform.Api;

/// <summary>RFC 9457 problem details with titles and details in the caller's language.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult BadRequest(IStringLocalizer<SharedResource> t, string detailKey, params object[] args) =>
        TypedResults.Problem(
            title: t["Problem.BadRequest"],
            detail: t[detailKey, args],
            statusCode: StatusCodes.Status400BadRequest);

    public static ValidationProblem Validation(IStringLocalizer<SharedResource> t, string field, string detailKey, params object[] args) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [t[detailKey, args]] },
            title: t["Problem.Validation"]);
}
