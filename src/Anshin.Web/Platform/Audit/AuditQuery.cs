using Anshin.Core.Calendar;

namespace Anshin.Web.Platform.Audit;

/// <summary>The filters of the audit page and API; dates are Japan calendar days, inclusive.</summary>
public sealed class AuditQuery
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>Action code or its prefix, e.g. <c>signin</c> or <c>staff.create</c>.</summary>
    public string? Action { get; set; }

    /// <summary>Part of the actor's user name.</summary>
    public string? Actor { get; set; }

    /// <summary>Part of the target, e.g. a staff id or receipt number.</summary>
    public string? Target { get; set; }

    /// <summary>Only failures (true), only successes (false), or both.</summary>
    public bool? Failed { get; set; }

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (From is { } from)
        {
            var start = TokyoMidnightUtc(from);
            entries = entries.Where(e => e.OccurredAt >= start);
        }

        if (To is { } to)
        {
            var end = TokyoMidnightUtc(to.AddDays(1));
            entries = entries.Where(e => e.OccurredAt < end);
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            var action = Action.Trim();
            entries = entries.Where(e => e.Action == action || e.Action.StartsWith(action + "."));
        }

        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim();
            entries = entries.Where(e => e.ActorName != null && e.ActorName.Contains(actor));
        }

        if (!string.IsNullOrWhiteSpace(Target))
        {
            var target = Target.Trim();
            entries = entries.Where(e => e.Target != null && e.Target.Contains(target));
        }

        if (Failed is { } failed)
        {
            entries = entries.Where(e => e.Succeeded != failed);
        }

        return entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id);
    }

    private static DateTime TokyoMidnightUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), BusinessCalendar.Tokyo);
}
