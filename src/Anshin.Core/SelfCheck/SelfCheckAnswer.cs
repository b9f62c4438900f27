namespace Anshin.Core.SelfCheck;

/// <summary>
/// One answer of the self-diagnosis. The numeric values are stable storage codes, not points:
/// see <see cref="SelfCheckScoring.Points"/> for the score of each answer.
/// </summary>
public enum SelfCheckAnswer
{
    /// <summary>実施していない.</summary>
    NotDone = 0,

    /// <summary>一部実施している.</summary>
    Partly = 1,

    /// <summary>実施している.</summary>
    Done = 2,

    /// <summary>わからない: to be found out.</summary>
    Unknown = 3,
}
