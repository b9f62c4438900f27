using System.Globalization;
using Anshin.Core.Statistics;
using Anshin.Web.Areas.Desk.Model;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>One row of a breakdown: what, how many, and its share of the table's total (0–1).</summary>
public sealed record BreakdownRow(string Label, int Count, double Share);

/// <summary>A breakdown table of the dashboard; <see cref="Id"/> names it in the CSV address.</summary>
public sealed record Breakdown(string Id, string Title, IReadOnlyList<BreakdownRow> Rows)
{
    public int Total => Rows.Sum(r => r.Count);
}

/// <summary>The share answered in time and how long the first answer took, in business days.</summary>
public sealed record SlaFigures(int Met, int Missed, int Pending, double? MetShare, int? MedianDays, int? Percentile90Days, int Answered)
{
    /// <summary>From the counts of the <c>Sla</c> and <c>AnswerDays</c> dimensions over a period.</summary>
    public static SlaFigures From(IReadOnlyDictionary<string, int> sla, IReadOnlyDictionary<string, int> answerDays)
    {
        ArgumentNullException.ThrowIfNull(sla);
        var histogram = Histogram(answerDays);
        int Count(SlaOutcome outcome) => sla.GetValueOrDefault(((int)outcome).ToString(CultureInfo.InvariantCulture));
        var (met, missed) = (Count(SlaOutcome.Met), Count(SlaOutcome.Missed));
        return new SlaFigures(met, missed, Count(SlaOutcome.Pending), met + missed == 0 ? null : met / (double)(met + missed),
            Percentile(histogram, 0.5), Percentile(histogram, 0.9), histogram.Sum(p => p.Count));
    }

    /// <summary>The <c>AnswerDays</c> counts as (days, cases), fewest days first.</summary>
    public static List<(int Days, int Count)> Histogram(IReadOnlyDictionary<string, int> answerDays)
    {
        ArgumentNullException.ThrowIfNull(answerDays);
        return [.. answerDays.Select(p => (int.Parse(p.Key, CultureInfo.InvariantCulture), p.Value)).OrderBy(p => p.Item1)];
    }

    /// <summary>The smallest day count at or below which <paramref name="share"/> of the answers fall (nearest rank).</summary>
    public static int? Percentile(IReadOnlyList<(int Days, int Count)> histogram, double share)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var total = histogram.Sum(p => p.Count);
        if (total == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(share * total);
        var seen = 0;
        foreach (var (days, count) in histogram)
        {
            seen += count;
            if (seen >= rank)
            {
                return days;
            }
        }

        return histogram[^1].Days;
    }
}

/// <summary>Everything the staff dashboard shows for a period.</summary>
public sealed record Dashboard(
    ReportingPeriod Period, int Total, int PreviousTotal, int YearEarlierTotal, Breakdown Trend,
    IReadOnlyList<Breakdown> Breakdowns, SlaFigures Sla, Breakdown AnswerDays, Breakdown? Workload)
{
    /// <summary>Change against the previous period as a ratio (0.12 = +12 %), null when it had none.</summary>
    public double? ChangeFromPrevious => PreviousTotal == 0 ? null : (Total - PreviousTotal) / (double)PreviousTotal;

    public double? ChangeFromYearEarlier => YearEarlierTotal == 0 ? null : (Total - YearEarlierTotal) / (double)YearEarlierTotal;

    /// <summary>Every table by its id, the trend and answer-time tables included (for the CSV download).</summary>
    public Breakdown? Table(string id) =>
        new[] { Trend, AnswerDays }.Concat(Breakdowns).Append(Workload).FirstOrDefault(b => b is not null && b.Id == id);
}
