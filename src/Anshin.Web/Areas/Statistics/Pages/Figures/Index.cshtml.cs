using System.Globalization;
using Anshin.Core.Calendar;
using Anshin.Web.Areas.Statistics.Services;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Statistics.Pages.Figures;

/// <summary>The public statistics (<c>/statistics?year=</c>): consultations per year, and per quarter by 手口 for a year.</summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(PublicStatistics statistics, IOptions<StatisticsOptions> options, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int ShownYear { get; private set; }

    public int ThisYear { get; private set; }

    public int SuppressBelow => options.Value.SuppressBelow;

    public IReadOnlyList<PublicYear> Years { get; private set; } = [];

    public IReadOnlyList<PublicQuarter> Quarters { get; private set; } = [];

    public bool Japanese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ThisYear = BusinessCalendar.ToTokyoDate(clock.GetUtcNow()).Year;
        Years = await statistics.YearlyAsync(ct);
        var first = Years.Count > 0 ? Years[0].Year : ThisYear;
        if (Year is { } y && (y < first || y > ThisYear))
        {
            return RedirectToPage(new { year = ThisYear });
        }

        ShownYear = Year ?? ThisYear;
        Quarters = await statistics.QuarterlyAsync(ShownYear, ct);
        return Page();
    }
}
