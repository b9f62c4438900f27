using System.Globalization;
using Anshin.Core.Calendar;
using Anshin.Core.Statistics;
using Anshin.Web.Areas.Desk;
using Anshin.Web.Areas.Statistics.Services;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Statistics.Pages.Manage;

/// <summary>
/// The staff dashboard (<c>/staff/statistics?period=2026q3</c>): totals, trend and breakdowns for a period, each chart
/// with its table and CSV download (UTF-8 with BOM, or Shift_JIS); the workload per consultant for supervisors.
/// </summary>
public sealed class IndexModel(DashboardBuilder builder, SpikeDetector spikes, IAuthorizationService authorization, TimeProvider clock,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public Dashboard Dashboard { get; private set; } = null!;

    public string? PeriodError { get; private set; }

    /// <summary>The spikes of the 7 days ending on the period's last day (or today, when the period runs on).</summary>
    public IReadOnlyList<Spike> Spikes { get; private set; } = [];

    public bool CanDraftAlerts { get; private set; }

    public IReadOnlyList<(string Group, IReadOnlyList<ReportingPeriod> Periods)> Choices { get; private set; } = [];

    public bool Japanese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var period = Resolve();
        Choices = PeriodChoices(BusinessCalendar.ToTokyoDate(clock.GetUtcNow()));
        Dashboard = await builder.BuildAsync(period, DeskPolicies.CanSupervise(User), ct);
        var today = BusinessCalendar.ToTokyoDate(clock.GetUtcNow());
        Spikes = await spikes.DetectAsync(period.To < today ? period.To : today, ct);
        CanDraftAlerts = (await authorization.AuthorizeAsync(User, Knowledge.KnowledgePolicies.Write)).Succeeded;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string? table, string? encoding, CancellationToken ct)
    {
        var period = Resolve();
        if (PeriodError is not null)
        {
            return BadRequest(PeriodError);
        }

        var dashboard = await builder.BuildAsync(period, DeskPolicies.CanSupervise(User), ct);
        if (dashboard.Table(table ?? "") is not { } breakdown)
        {
            return NotFound();
        }

        var shiftJis = encoding == "sjis";
        var rows = breakdown.Rows.Select(r => (IReadOnlyList<string>)[r.Label, r.Count.ToString(CultureInfo.InvariantCulture),
            (r.Share * 100).ToString("0.0", CultureInfo.InvariantCulture)]).ToList();
        string[] header = [breakdown.Title, t["Statistics.Count"], t["Statistics.SharePercent"]];
        var bytes = shiftJis ? CsvTable.ToShiftJis(header, rows) : CsvTable.ToUtf8WithBom(header, rows);
        return File(bytes, CsvTable.ContentType(shiftJis), $"anshin-{breakdown.Id}-{period.Key.Replace("..", "_", StringComparison.Ordinal)}.csv");
    }

    /// <summary>Every case received in the period, without personal data (<see cref="CaseExport"/>); the export is audited.</summary>
    public async Task<IActionResult> OnGetCasesCsvAsync(string? encoding, [FromServices] CaseExport export, [FromServices] Platform.Audit.AuditLog audit,
        CancellationToken ct)
    {
        var period = Resolve();
        if (PeriodError is not null)
        {
            return BadRequest(PeriodError);
        }

        var (header, rows) = await export.RowsAsync(period, ct);
        await audit.WriteAsync("statistics.cases.exported", detail: $"{period.Key}: {rows.Count} cases", ct: ct);
        var shiftJis = encoding == "sjis";
        var bytes = shiftJis ? CsvTable.ToShiftJis(header, rows) : CsvTable.ToUtf8WithBom(header, rows);
        return File(bytes, CsvTable.ContentType(shiftJis), $"anshin-cases-{period.Key.Replace("..", "_", StringComparison.Ordinal)}.csv");
    }

    /// <summary>The article editor, opened on a draft alert about the spike.</summary>
    public static string AlertDraftLink(Spike spike)
    {
        ArgumentNullException.ThrowIfNull(spike);
        var (title, summary, body) = SpikeDetector.AlertDraft(spike);
        return string.Create(CultureInfo.InvariantCulture,
            $"/staff/articles/edit?type=Alert&method={spike.Method.Id}&title={Uri.EscapeDataString(title)}&summary={Uri.EscapeDataString(summary)}&body={Uri.EscapeDataString(body)}");
    }

    /// <summary>The address of this dashboard for another period (or a CSV of it).</summary>
    public string Link(ReportingPeriod period, string? handler = null, string? table = null, string? encoding = null)
    {
        var query = period.Kind == PeriodKind.Custom
            ? $"from={period.From:yyyy-MM-dd}&to={period.To:yyyy-MM-dd}"
            : $"period={Uri.EscapeDataString(period.Key)}";
        query += handler is null ? "" : $"&handler={handler}&table={Uri.EscapeDataString(table ?? "")}";
        query += encoding is null ? "" : $"&encoding={encoding}";
        return "/staff/statistics?" + string.Create(CultureInfo.InvariantCulture, $"{query}");
    }

    private ReportingPeriod Resolve()
    {
        var today = BusinessCalendar.ToTokyoDate(clock.GetUtcNow());
        if (From is { } from && To is { } to)
        {
            if (ReportingPeriod.Custom(from, to) is { } custom)
            {
                return custom;
            }

            PeriodError = t["Statistics.Error.Range", ReportingPeriod.MaxCustomDays];
        }
        else if (Period is { Length: > 0 })
        {
            if (ReportingPeriod.Parse(Period) is { } parsed)
            {
                return parsed;
            }

            PeriodError = t["Statistics.Error.Period"];
        }

        return ReportingPeriod.QuarterOf(today);
    }

    private List<(string, IReadOnlyList<ReportingPeriod>)> PeriodChoices(DateOnly today)
    {
        var week = ReportingPeriod.WeekOf(today);
        var month = ReportingPeriod.Month(today.Year, today.Month);
        var quarter = ReportingPeriod.QuarterOf(today);
        var fiscal = ReportingPeriod.FiscalYearOf(today);
        return
        [
            (t["Statistics.Kind.Week"], [week, week.Previous()]),
            (t["Statistics.Kind.Month"], [.. Enumerable.Range(0, 13).Select(i => ReportingPeriod.Month(today.AddMonths(-i).Year, today.AddMonths(-i).Month))]),
            (t["Statistics.Kind.Quarter"], [.. Enumerable.Range(0, 12).Select(i => ReportingPeriod.QuarterOf(quarter.From.AddMonths(-3 * i)))]),
            (t["Statistics.Kind.FiscalYear"], [.. Enumerable.Range(0, 11).Select(i => ReportingPeriod.FiscalYear(fiscal.From.Year - i))]),
            (t["Statistics.Kind.Year"], [.. Enumerable.Range(0, 11).Select(i => ReportingPeriod.Year(today.Year - i))]),
        ];
    }
}
