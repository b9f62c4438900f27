using Anshin.Core.Organisations;

namespace Anshin.Core.Otasuketai;

/// <summary>The check of one requirement: its outcome and why, in plain words.</summary>
public sealed record RequirementResult(string Code, RequirementOutcome Outcome, BilingualText Reason);

/// <summary>The check of a whole service against one version of the standard.</summary>
public sealed record StandardCheckResult(string Version, IReadOnlyList<RequirementResult> Items)
{
    /// <summary>Fail when any requirement fails, needs review when any needs it, pass otherwise.</summary>
    public RequirementOutcome Overall =>
        Items.Any(i => i.Outcome == RequirementOutcome.Fail) ? RequirementOutcome.Fail
        : Items.Any(i => i.Outcome == RequirementOutcome.NeedsReview) ? RequirementOutcome.NeedsReview
        : RequirementOutcome.Pass;

    public RequirementResult? For(string code) => Items.FirstOrDefault(i => i.Code == code);
}
