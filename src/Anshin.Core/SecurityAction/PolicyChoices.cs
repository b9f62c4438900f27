namespace Anshin.Core.SecurityAction;

/// <summary>Which part of the organisation's work the basic policy covers.</summary>
public enum PolicyScope
{
    /// <summary>All business and all information assets.</summary>
    AllBusiness,

    /// <summary>Only the business named in <see cref="BasicPolicyInput.ScopeDetail"/>.</summary>
    SpecifiedBusiness,
}

/// <summary>How often the measures and the policy are reviewed, at the least.</summary>
public enum ReviewCycle
{
    Yearly,
    HalfYearly,
    Quarterly,
}

/// <summary>When staff receive security training, at the least.</summary>
public enum TrainingSchedule
{
    OnJoiningAndYearly,
    Yearly,
    HalfYearly,
}
