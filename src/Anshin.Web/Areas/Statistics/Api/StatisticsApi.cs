using Anshin.Core.Calendar;
using Anshin.Web.Areas.Statistics.Services;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Anshin.Web.Areas.Statistics.Api;

/// <summary>
/// <c>GET /api/statistics/yearly</c> and <c>GET /api/statistics/quarterly?year=</c>: the public statistics as JSON, with
/// the same small-count suppression as the page (a suppressed count is <c>null</c> with <c>display</c> "&lt;3").
/// </summary>
public static class StatisticsApi
{
    public static void MapStatisticsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/statistics").WithTags("Statistics").CacheOutput(PublicPageCache.Policy).AllowAnonymous();
        group.MapGet("/yearly", YearlyAsync)
            .WithSummary("Consultations per calendar year")
            .WithDescription("Imported historical totals where they exist (imported: true), live counts after; the current year is partial.");
        group.MapGet("/quarterly", QuarterlyAsync)
            .WithSummary("Consultations per quarter by top-level method (手口)")
            .WithDescription("The quarters of one calendar year (default: the current one) up to today.");
    }

    private static async Task<Ok<YearlyResponse>> YearlyAsync(PublicStatistics statistics, CancellationToken ct) =>
        TypedResults.Ok(new YearlyResponse([.. (await statistics.YearlyAsync(ct)).Select(y =>
            new YearFigure(y.Year, y.Figure.Count, y.Figure.Display, y.Figure.Suppressed, y.Imported, y.Partial))]));

    private static async Task<Results<Ok<QuarterlyResponse>, ProblemHttpResult>> QuarterlyAsync(
        int? year, PublicStatistics statistics, TimeProvider clock, CancellationToken ct)
    {
        var thisYear = BusinessCalendar.ToTokyoDate(clock.GetUtcNow()).Year;
        if (year is { } y && (y < 1990 || y > thisYear))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "year out of range",
                detail: $"year must be between 1990 and {thisYear}.");
        }

        var quarters = await statistics.QuarterlyAsync(year ?? thisYear, ct);
        return TypedResults.Ok(new QuarterlyResponse(year ?? thisYear, [.. quarters.Select(q => new QuarterFigure(
            q.Quarter, q.Total.Count, q.Total.Display, q.Imported, q.Partial,
            [.. q.Methods.Select(m => new MethodFigure(m.Code, m.NameJa, m.NameEn, m.Figure.Count, m.Figure.Display, m.Figure.Suppressed))]))]));
    }

    public sealed record YearlyResponse(IReadOnlyList<YearFigure> Years);

    public sealed record YearFigure(int Year, int? Count, string Display, bool Suppressed, bool Imported, bool Partial);

    public sealed record QuarterlyResponse(int Year, IReadOnlyList<QuarterFigure> Quarters);

    public sealed record QuarterFigure(int Quarter, int? Total, string TotalDisplay, bool Imported, bool Partial, IReadOnlyList<MethodFigure> Methods);

    public sealed record MethodFigure(string Code, string NameJa, string NameEn, int? Count, string Display, bool Suppressed);
}
