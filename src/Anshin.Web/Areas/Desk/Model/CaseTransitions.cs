namespace Anshin.Web.Areas.Desk.Model;

/// <summary>Which status changes the desk allows. Merged is final; every other status can be left again.</summary>
public static class CaseTransitions
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        [CaseStatus.New] = [CaseStatus.InProgress, CaseStatus.Answered, CaseStatus.Closed, CaseStatus.OutOfScope, CaseStatus.Merged, CaseStatus.Spam],
        [CaseStatus.InProgress] = [CaseStatus.Answered, CaseStatus.Closed, CaseStatus.OutOfScope, CaseStatus.Merged, CaseStatus.Spam],
        [CaseStatus.Answered] = [CaseStatus.InProgress, CaseStatus.Closed, CaseStatus.OutOfScope, CaseStatus.Merged],
        [CaseStatus.Closed] = [CaseStatus.InProgress],
        [CaseStatus.OutOfScope] = [CaseStatus.InProgress],
        [CaseStatus.Spam] = [CaseStatus.New],
        [CaseStatus.Merged] = [],
    };

    public static bool IsAllowed(CaseStatus from, CaseStatus to) => Allowed[from].Contains(to);

    /// <summary>Statuses a consultant can pick directly on the case page (answering and merging have their own forms).</summary>
    public static IEnumerable<CaseStatus> ManualTargets(CaseStatus from) =>
        Allowed[from].Where(s => s is not CaseStatus.Merged and not CaseStatus.Answered and not CaseStatus.OutOfScope);

    /// <summary>Statuses in which the desk still owes the consulter something.</summary>
    public static readonly CaseStatus[] Open = [CaseStatus.New, CaseStatus.InProgress];

    /// <summary>Statuses listed by default in the queue: open, plus answered (waiting for the consulter).</summary>
    public static readonly CaseStatus[] Active = [CaseStatus.New, CaseStatus.InProgress, CaseStatus.Answered];
}
