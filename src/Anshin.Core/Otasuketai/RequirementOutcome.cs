namespace Anshin.Core.Otasuketai;

/// <summary>What the check found for one requirement of the standard.</summary>
public enum RequirementOutcome
{
    Pass = 1,

    /// <summary>The facts given do not decide it; a reviewer looks.</summary>
    NeedsReview = 2,

    Fail = 3,

    /// <summary>The requirement does not apply to this service (a price cap of another type, a category-2 rule).</summary>
    NotApplicable = 4,
}
