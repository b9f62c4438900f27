using Anshin.Web.Areas.Desk.Model;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>What the consultant asked the queue to show; bound from the query string so a view can be bookmarked.</summary>
public sealed class QueueFilter
{
    /// <summary>Statuses to list; empty means the active ones (new, in progress, answered).</summary>
    public List<CaseStatus> Status { get; set; } = [];

    /// <summary><c>me</c>, <c>none</c>, or a staff id.</summary>
    public string? Assignee { get; set; }

    public int? Method { get; set; }

    public Channel? Channel { get; set; }

    public Urgency? Urgency { get; set; }

    /// <summary><c>today</c> (due today) or <c>overdue</c>.</summary>
    public string? Due { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Q { get; set; }

    /// <summary><c>due</c> (default), <c>received</c>, <c>-received</c>, <c>urgency</c>, <c>receipt</c>.</summary>
    public string? Sort { get; set; }

    public int Page { get; set; } = 1;

    public IReadOnlyList<CaseStatus> EffectiveStatuses => Status.Count > 0 ? Status : CaseTransitions.Active;
}

/// <summary>One row of the queue.</summary>
public sealed record QueueRow(
    long Id, string ReceiptNumber, string Subject, CaseStatus Status, Urgency Urgency, Channel Channel, DateTime ReceivedAt,
    DateOnly DueDate, bool SlaPaused, string? AssigneeName, string? MethodJa, string? MethodEn, CaseFlags Flags = CaseFlags.None);

/// <summary>A page of the queue with its totals.</summary>
public sealed record QueuePage(
    IReadOnlyList<QueueRow> Rows, int Total, int Page, int PageCount, IReadOnlyDictionary<CaseStatus, int> CountsByStatus,
    string? ExactReceipt)
{
    /// <summary>Counts above this were not counted to the end; they read "10,000+".</summary>
    public int CountLimit { get; init; } = int.MaxValue;

    /// <summary>Set when the search matched more cases than it lists (only the newest this many are shown).</summary>
    public int? SearchLimit { get; init; }

    /// <summary>True when <see cref="Total"/> is a lower bound (a listed status has more cases than were counted).</summary>
    public bool TotalIsLowerBound { get; init; }

    /// <summary>A status count as shown on a tab: exact, or "1,000+" past the limit.</summary>
    public string CountText(CaseStatus status) => SumText([status]);

    /// <summary>The sum of some statuses' counts: exact, or "at least" with a "+" when one of them was not counted to the end.</summary>
    public string SumText(IEnumerable<CaseStatus> statuses)
    {
        var counts = statuses.Select(s => CountsByStatus.GetValueOrDefault(s)).ToList();
        var text = counts.Sum(c => Math.Min(c, CountLimit)).ToString("N0", System.Globalization.CultureInfo.CurrentCulture);
        return counts.Any(c => c > CountLimit) ? text + "+" : text;
    }

    /// <summary>The total as shown above the list.</summary>
    public string TotalText => Total.ToString("N0", System.Globalization.CultureInfo.CurrentCulture) + (TotalIsLowerBound ? "+" : "");
}
