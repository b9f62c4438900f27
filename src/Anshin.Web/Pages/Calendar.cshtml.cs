using Anshin.Core.Calendar;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Anshin.Web.Pages;

/// <summary>The desk's calendar for a year: every day it is closed besides weekends, with the reason.</summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class CalendarModel(DeskCalendar calendar, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int ShownYear { get; private set; }

    public bool FromRules { get; private set; }

    public IReadOnlyList<IGrouping<int, (DateOnly Date, ClosureReason Reason)>> Months { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var thisYear = BusinessCalendar.ToTokyoDate(clock.GetUtcNow()).Year;
        if (Year is { } y && (y < CalendarEndpoints.FirstYear || y > CalendarEndpoints.LastYear))
        {
            return RedirectToPage(new { year = thisYear });
        }

        ShownYear = Year ?? thisYear;
        var business = await calendar.GetAsync(ct);
        FromRules = ShownYear > business.Holidays.LastDataYear;
        Months = business.ClosedDays(new DateOnly(ShownYear, 1, 1), new DateOnly(ShownYear, 12, 31))
            .GroupBy(c => c.Date.Month)
            .ToList();
        return Page();
    }
}
