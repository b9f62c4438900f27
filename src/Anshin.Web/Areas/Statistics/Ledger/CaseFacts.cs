using System.Globalization;
using Anshin.Core.Calendar;
using Anshin.Core.Desk;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Statistics.Model;

namespace Anshin.Web.Areas.Statistics.Ledger;

/// <summary>
/// What the statistics know of one consultation: its receipt day and one key per <see cref="StatisticsDimension"/>.
/// Merged duplicates and spam are not consultations and count nowhere.
/// </summary>
public sealed record CaseFacts(
    DateOnly Day, int? MethodId, Channel Channel, DeviceType Device, OsFamily Os, CaseStatus Status, int? ReferralId,
    SlaOutcome Sla, int? AnswerDays, string? AssigneeId)
{
    /// <summary>Answers later than this many business days are counted together.</summary>
    public const int MaxAnswerDays = 20;

    public static CaseFacts From(Consultation c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(BusinessCalendar.ToTokyoDate(new DateTimeOffset(DateTime.SpecifyKind(c.ReceivedAt, DateTimeKind.Utc))), c.MethodId,
            c.Channel, c.DeviceType, OsFamilies.Classify(c.OperatingSystem), c.Status, c.ReferralId, c.SlaOutcome,
            c.FirstAnswerBusinessDays, c.AssigneeId);
    }

    public bool Counted => Status is not (CaseStatus.Merged or CaseStatus.Spam);

    /// <summary>The (dimension, key) cells this case adds one to on <see cref="Day"/>; none when not counted.</summary>
    public IEnumerable<(StatisticsDimension Dimension, string Key)> Cells()
    {
        if (!Counted)
        {
            yield break;
        }

        var c = CultureInfo.InvariantCulture;
        yield return (StatisticsDimension.Total, "");
        yield return (StatisticsDimension.Method, MethodId?.ToString(c) ?? "");
        yield return (StatisticsDimension.Channel, ((int)Channel).ToString(c));
        yield return (StatisticsDimension.Device, ((int)Device).ToString(c));
        yield return (StatisticsDimension.OperatingSystem, ((int)Os).ToString(c));
        yield return (StatisticsDimension.Status, ((int)Status).ToString(c));
        if (Status == CaseStatus.OutOfScope && ReferralId is { } referral)
        {
            yield return (StatisticsDimension.Referral, referral.ToString(c));
        }

        yield return (StatisticsDimension.Sla, ((int)Sla).ToString(c));
        if (AnswerDays is { } days)
        {
            yield return (StatisticsDimension.AnswerDays, Math.Clamp(days, 0, MaxAnswerDays).ToString(c));
        }

        yield return (StatisticsDimension.Assignee, AssigneeId ?? "");
    }

    /// <summary>The deltas of new cases written without the change tracker, one per day and key.</summary>
    public static IReadOnlyList<CountDelta> Added(IEnumerable<Consultation> cases) =>
        [.. cases.Select(From).SelectMany(f => f.Cells().Select(cell => (cell.Dimension, f.Day, cell.Key)))
            .GroupBy(k => k)
            .Select(g => new CountDelta { Dimension = g.Key.Dimension, Day = g.Key.Day, Key = g.Key.Key, Change = g.Count() })];

    /// <summary>The changes to the daily counts when a case goes from <paramref name="before"/> to <paramref name="after"/> (null: not there).</summary>
    public static IEnumerable<CountDelta> Changes(CaseFacts? before, CaseFacts? after)
    {
        var changes = new Dictionary<(StatisticsDimension, DateOnly, string), int>();
        foreach (var (dimension, key) in before?.Cells() ?? [])
        {
            var k = (dimension, before!.Day, key);
            changes[k] = changes.GetValueOrDefault(k) - 1;
        }

        foreach (var (dimension, key) in after?.Cells() ?? [])
        {
            var k = (dimension, after!.Day, key);
            changes[k] = changes.GetValueOrDefault(k) + 1;
        }

        return changes.Where(p => p.Value != 0)
            .Select(p => new CountDelta { Dimension = p.Key.Item1, Day = p.Key.Item2, Key = p.Key.Item3, Change = p.Value });
    }
}
