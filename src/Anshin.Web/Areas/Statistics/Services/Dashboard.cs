using Anshin.Core.Statistics;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>One row of a breakdown: what, how many, and its share of the table's total (0–1).</summary>
public sealed record BreakdownRow(string Label, int Count, double Share);

/// <summary>A breakdown table of the dashboard; <see cref="Id"/> names it in the CSV address.</summary>
public sealed record Breakdown(string Id, string Title, IReadOnlyList<BreakdownRow> Rows)
{
    public int Total => Rows.Sum(r => r.Count);
}

/// <summary>The share answered in time and how long the first answer took, in business days.</summary>
public sealed record SlaFigures(int Met, int Missed, int Pending, double? MetShare, int? MedianDays, int? Percentile90Days, int Answered);

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
