namespace Anshin.Web.Areas.Desk.Model;

/// <summary>How a consultation reached the desk.</summary>
public enum Channel
{
    Web = 0,
    Email = 1,
    Phone = 2,
    Fax = 3,
    Post = 4,
}

/// <summary>
/// 受付 → 対応中 → 回答済 → 完了, plus 対象外 (out of scope, with a referral), 重複 (merged) and spam.
/// The numeric values are stored; never renumber them.
/// </summary>
public enum CaseStatus
{
    New = 0,
    InProgress = 1,
    Answered = 2,
    Closed = 3,
    OutOfScope = 4,
    Merged = 5,
    Spam = 6,
}

/// <summary>How soon the desk must act; urgent covers e.g. a remote-control session still open or a payment about to be made.</summary>
public enum Urgency
{
    Normal = 0,
    High = 1,
    Urgent = 2,
}

/// <summary>The kind of device the consultation is about.</summary>
public enum DeviceType
{
    Unknown = 0,
    Pc = 1,
    Smartphone = 2,
    Tablet = 3,
    Other = 4,
}

/// <summary>Whether the case was answered within its due date; decided at the first answer, or missed once overdue.</summary>
public enum SlaOutcome
{
    Pending = 0,
    Met = 1,
    Missed = 2,
}

/// <summary>An entry of a case's thread.</summary>
public enum MessageKind
{
    Inbound = 0,
    Outbound = 1,
    Note = 2,
    PhoneCall = 3,
}

/// <summary>Supervisor review of an outbound reply.</summary>
public enum ReplyState
{
    Sent = 0,
    AwaitingApproval = 1,
    Rejected = 2,
}
