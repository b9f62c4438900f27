namespace Anshin.Web.Areas.Statistics.Model;

/// <summary>
/// What a <see cref="DailyCount"/> counts consultations by. Each counted consultation adds one to one key of every
/// dimension on its receipt day (Japan date). The stored numbers never change.
/// </summary>
public enum StatisticsDimension
{
    /// <summary>Every counted consultation; key "".</summary>
    Total = 0,

    /// <summary>The 手口 id, "" when not yet categorised.</summary>
    Method = 1,

    /// <summary>The <see cref="Desk.Model.Channel"/> number.</summary>
    Channel = 2,

    /// <summary>The <see cref="Desk.Model.DeviceType"/> number.</summary>
    Device = 3,

    /// <summary>The <see cref="Core.Desk.OsFamily"/> number.</summary>
    OperatingSystem = 4,

    /// <summary>The <see cref="Desk.Model.CaseStatus"/> number.</summary>
    Status = 5,

    /// <summary>The referral id of an out-of-scope case; other cases are not counted here.</summary>
    Referral = 6,

    /// <summary>The <see cref="Desk.Model.SlaOutcome"/> number.</summary>
    Sla = 7,

    /// <summary>Business days from receipt to the first answer, capped at <see cref="Ledger.CaseFacts.MaxAnswerDays"/>; unanswered cases are not counted here.</summary>
    AnswerDays = 8,

    /// <summary>The assigned consultant's user id, "" when unassigned.</summary>
    Assignee = 9,
}
