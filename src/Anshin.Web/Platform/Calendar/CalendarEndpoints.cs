using System.Globalization;
using Anshin.Core.Calendar;
using Anshin.Web.Platform.Api;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Platform.Calendar;

/// <summary>Public calendar API: holidays of a year, and the reply due date for a consultation received at an instant.</summary>
public static class CalendarEndpoints
{
    public const int FirstYear = 1955;
    public const int LastYear = 2099;

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calendar").WithTags("Calendar").AllowAnonymous();
        group.MapGet("/holidays", GetHolidaysAsync)
            .WithSummary("National holidays of a year (Japan)")
            .WithDescription("Dates and Japanese names of the national holidays of the given year, from the Cabinet Office data or, after it ends, from the holiday rules.");
        group.MapGet("/due", GetDueDateAsync)
            .WithSummary("Reply due date for a consultation received at an instant")
            .WithDescription("Web and e-mail consultations are answered within 5 business days, counted in Japan time from the day after receipt, skipping weekends, national holidays, 29 Dec – 3 Jan and the desk's own closed days.");
        return app;
    }

    private static async Task<Results<Ok<HolidaysResponse>, ProblemHttpResult>> GetHolidaysAsync(
        string? year, DeskCalendar calendar, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < FirstYear || y > LastYear)
        {
            return ApiProblems.BadRequest(t, "Calendar.YearInvalid", FirstYear, LastYear);
        }

        var business = await calendar.GetAsync(ct);
        var holidays = business.Holidays.ForYear(y)
            .Select(h => new HolidayDto(h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), h.Name))
            .ToList();
        return TypedResults.Ok(new HolidaysResponse(y, y <= business.Holidays.LastDataYear ? "official" : "rules", holidays));
    }

    private static async Task<Results<Ok<DueDateResponse>, ProblemHttpResult>> GetDueDateAsync(
        string? received, DeskCalendar calendar, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(received)
            || !DateTimeOffset.TryParse(received, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            || at.Year < FirstYear || at.Year > LastYear - 1)
        {
            return ApiProblems.BadRequest(t, "Calendar.ReceivedInvalid");
        }

        var business = await calendar.GetAsync(ct);
        var due = business.DueDate(at, DeskCalendar.ReplyBusinessDays);
        return TypedResults.Ok(new DueDateResponse(
            at.ToUniversalTime(),
            BusinessCalendar.ToTokyoDate(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DeskCalendar.ReplyBusinessDays));
    }
}

public sealed record HolidayDto(string Date, string Name);

public sealed record HolidaysResponse(int Year, string Source, IReadOnlyList<HolidayDto> Holidays);

public sealed record DueDateResponse(DateTimeOffset Received, string ReceivedDateJapan, string DueDate, int BusinessDays);
