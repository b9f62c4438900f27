using Anshin.Core.Calendar;
using Anshin.Web.Areas.Desk.Model;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// The 5-business-day reply clock. It starts at receipt, stops when the desk answers and waits for the consulter,
/// and starts again — a fresh 5 business days, as the desk promises for every message it receives — when the
/// consulter writes. The first answer decides whether the case met its due date; any later late answer marks it missed.
/// </summary>
public static class SlaClock
{
    public static void Pause(Consultation c, BusinessCalendar calendar, DateTimeOffset now)
    {
        var today = BusinessCalendar.ToTokyoDate(now);
        if (c.FirstAnsweredAt is null)
        {
            c.FirstAnsweredAt = now.UtcDateTime;
            c.FirstAnswerBusinessDays = calendar.BusinessDaysBetween(new DateTimeOffset(DateTime.SpecifyKind(c.ReceivedAt, DateTimeKind.Utc)), now);
        }
        if (today > c.DueDate)
        {
            c.SlaOutcome = SlaOutcome.Missed;
        }
        else if (c.SlaOutcome == SlaOutcome.Pending)
        {
            c.SlaOutcome = SlaOutcome.Met;
        }

        if (c.SlaPausedAt is null)
        {
            c.SlaPausedAt = now.UtcDateTime;
            c.SlaRemainingDays = RemainingDays(calendar, today, c.DueDate);
        }
    }

    /// <summary>Restarts the clock from a new message of the consulter.</summary>
    public static void Restart(Consultation c, BusinessCalendar calendar, DateTimeOffset receivedAt)
    {
        c.SlaPausedAt = null;
        c.SlaRemainingDays = null;
        c.DueDate = calendar.DueDate(receivedAt);
    }

    /// <summary>Business days after <paramref name="today"/> up to and including the due date; negative when overdue.</summary>
    public static int RemainingDays(BusinessCalendar calendar, DateOnly today, DateOnly due)
    {
        if (due < today)
        {
            var late = 0;
            for (var d = due.AddDays(1); d <= today; d = d.AddDays(1))
            {
                late += calendar.IsBusinessDay(d) ? 1 : 0;
            }

            return -late;
        }

        var days = 0;
        for (var d = today.AddDays(1); d <= due; d = d.AddDays(1))
        {
            days += calendar.IsBusinessDay(d) ? 1 : 0;
        }

        return days;
    }

    public static bool IsRunning(Consultation c) => c.SlaPausedAt is null && c.Status is CaseStatus.New or CaseStatus.InProgress;

    public static bool IsOverdue(Consultation c, DateOnly today) => IsRunning(c) && c.DueDate < today;

    public static bool IsDueToday(Consultation c, DateOnly today) => IsRunning(c) && c.DueDate == today;
}
