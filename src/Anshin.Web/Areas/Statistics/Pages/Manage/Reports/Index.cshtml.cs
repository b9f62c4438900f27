using Anshin.Core.Calendar;
using Anshin.Core.Statistics;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Areas.Statistics.Services;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Statistics.Pages.Manage.Reports;

/// <summary>The quarterly reports (<c>/staff/statistics/reports</c>): every draft and published report, and a new draft for an ended quarter.</summary>
[Authorize(Policy = StatisticsPolicies.Report)]
public sealed class IndexModel(QuarterlyReports reports, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<QuarterlyReport> Reports { get; private set; } = [];

    /// <summary>The ended quarters of the last three years, newest first.</summary>
    public IReadOnlyList<ReportingPeriod> Quarters { get; private set; } = [];

    [BindProperty]
    public string? Quarter { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (ReportingPeriod.Parse(Quarter) is not { Kind: PeriodKind.Quarter } quarter)
        {
            return await RefuseAsync("Reports.Error.Quarter", ct);
        }

        var (report, result) = await reports.CreateDraftAsync(quarter.From.Year, quarter.QuarterNumber, User.Identity?.Name ?? "", ct);
        return report is null ? await RefuseAsync(result.ErrorKey!, ct) : Redirect($"/staff/statistics/reports/{report.Id}");
    }

    private async Task<IActionResult> RefuseAsync(string key, CancellationToken ct)
    {
        Error = t[key];
        await LoadAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Reports = await reports.AllAsync(ct);
        var current = ReportingPeriod.QuarterOf(BusinessCalendar.ToTokyoDate(clock.GetUtcNow()));
        Quarters = [.. Enumerable.Range(1, 12).Select(i => ReportingPeriod.QuarterOf(current.From.AddMonths(-3 * i)))];
    }
}
