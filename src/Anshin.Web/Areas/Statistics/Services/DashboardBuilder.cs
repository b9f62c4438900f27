using System.Globalization;
using Anshin.Core.Desk;
using Anshin.Core.Statistics;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Statistics.Ledger;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>
/// Builds the staff dashboard from the daily counts (never from the cases): totals against the previous period and
/// the same period a year earlier, the trend, a table per dimension, the SLA figures and, for supervisors, the
/// workload per consultant. Labels are in the current UI language.
/// </summary>
public sealed class DashboardBuilder(StatisticsReader reader, AnshinDbContext db, IStringLocalizer<SharedResource> t)
{
    public async Task<Dashboard> BuildAsync(ReportingPeriod period, bool withWorkload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var japanese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";
        var total = await reader.TotalAsync(period, ct);
        var previous = await reader.TotalAsync(period.Previous(), ct);
        var yearEarlier = await reader.TotalAsync(period.YearEarlier(), ct);
        var trend = await TrendAsync(period, japanese, ct);

        var methods = await MethodLabelsAsync(japanese, ct);
        var referrals = await db.Set<Referral>().AsNoTracking().ToDictionaryAsync(r => r.Id.ToString(CultureInfo.InvariantCulture), r => r.Name, ct);
        var breakdowns = new List<Breakdown>
        {
            await TableAsync("method", t["Statistics.By.Method"], StatisticsDimension.Method, period,
                k => k.Length == 0 ? t["Statistics.Uncategorised"] : methods.GetValueOrDefault(k, k), ct),
            await TableAsync("channel", t["Statistics.By.Channel"], StatisticsDimension.Channel, period, k => EnumLabel<Channel>(k, "Channel."), ct),
            await TableAsync("device", t["Statistics.By.Device"], StatisticsDimension.Device, period, k => EnumLabel<DeviceType>(k, "Intake.Device."), ct),
            await TableAsync("os", t["Statistics.By.Os"], StatisticsDimension.OperatingSystem, period, k => EnumLabel<OsFamily>(k, "Os."), ct),
            await TableAsync("status", t["Statistics.By.Status"], StatisticsDimension.Status, period, k => EnumLabel<CaseStatus>(k, "Status."), ct),
            await TableAsync("referral", t["Statistics.By.Referral"], StatisticsDimension.Referral, period, k => referrals.GetValueOrDefault(k, k), ct),
        };

        var days = await reader.CountsAsync(StatisticsDimension.AnswerDays, period, ct);
        var figures = SlaFigures.From(await reader.CountsAsync(StatisticsDimension.Sla, period, ct), days);
        var histogram = SlaFigures.Histogram(days);
        var answerDays = new Breakdown("answer-days", t["Statistics.AnswerDays"], Rows(histogram.Select(p =>
            (p.Days >= CaseFacts.MaxAnswerDays ? t["Statistics.DaysOrMore", p.Days].Value : t["Statistics.Days", p.Days].Value, p.Count))));

        Breakdown? workload = null;
        if (withWorkload)
        {
            var names = await db.Set<StaffUser>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? u.Id, ct);
            workload = await TableAsync("workload", t["Statistics.Workload"], StatisticsDimension.Assignee, period,
                k => k.Length == 0 ? t["Statistics.Unassigned"] : names.GetValueOrDefault(k, t["Statistics.FormerStaff"]), ct);
        }

        return new Dashboard(period, total, previous, yearEarlier, trend, breakdowns, figures, answerDays, workload);
    }

    private async Task<Breakdown> TrendAsync(ReportingPeriod period, bool japanese, CancellationToken ct)
    {
        var daily = await reader.DailyAsync(StatisticsDimension.Total, period.From, period.To, ct);
        var byDay = period.Days <= 62;
        var buckets = new List<(string Label, int Count)>();
        if (byDay)
        {
            for (var d = period.From; d <= period.To; d = d.AddDays(1))
            {
                buckets.Add((d.ToString(japanese ? "M/d" : "MMM d", CultureInfo.CurrentCulture), daily.Where(c => c.Day == d).Sum(c => c.Count)));
            }
        }
        else
        {
            for (var m = new DateOnly(period.From.Year, period.From.Month, 1); m <= period.To; m = m.AddMonths(1))
            {
                var month = m;
                buckets.Add((ReportingPeriod.Month(month.Year, month.Month).Label(japanese),
                    daily.Where(c => c.Day.Year == month.Year && c.Day.Month == month.Month).Sum(c => c.Count)));
            }
        }

        return new Breakdown("trend", byDay ? t["Statistics.PerDay"] : t["Statistics.PerMonth"], Rows(buckets, sort: false));
    }

    private async Task<Breakdown> TableAsync(string id, string title, StatisticsDimension dimension, ReportingPeriod period,
        Func<string, string> label, CancellationToken ct)
    {
        var counts = await reader.CountsAsync(dimension, period, ct);
        return new Breakdown(id, title, Rows(counts.Select(p => (label(p.Key), p.Value))));
    }

    private static List<BreakdownRow> Rows(IEnumerable<(string Label, int Count)> rows, bool sort = true)
    {
        var list = rows.ToList();
        var total = list.Sum(r => r.Count);
        var ordered = sort ? list.OrderByDescending(r => r.Count).ThenBy(r => r.Label, StringComparer.Ordinal) : (IEnumerable<(string Label, int Count)>)list;
        return [.. ordered.Select(r => new BreakdownRow(r.Label, r.Count, total == 0 ? 0 : r.Count / (double)total))];
    }

    private string EnumLabel<TEnum>(string key, string prefix)
        where TEnum : struct, Enum =>
        int.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && Enum.IsDefined(typeof(TEnum), n)
            ? t[prefix + Enum.GetName(typeof(TEnum), n)] : key;

    /// <summary>Each 手口 by id, named with its parents (詐欺 › サポート詐欺).</summary>
    private async Task<Dictionary<string, string>> MethodLabelsAsync(bool japanese, CancellationToken ct)
    {
        var methods = await db.Set<Method>().AsNoTracking().ToDictionaryAsync(m => m.Id, ct);
        return methods.Values.ToDictionary(m => m.Id.ToString(CultureInfo.InvariantCulture), m =>
        {
            var names = new List<string>();
            for (Method? x = m; x is not null && names.Count < 5; x = x.ParentId is { } p ? methods.GetValueOrDefault(p) : null)
            {
                names.Insert(0, x.Name(japanese));
            }

            return string.Join(" › ", names);
        });
    }
}
