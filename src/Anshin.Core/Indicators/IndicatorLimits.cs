namespace Anshin.Core.Indicators;

/// <summary>Bounds that keep extraction fast on whatever a consulter pastes in.</summary>
internal static class IndicatorLimits
{
    /// <summary>
    /// Every pattern is linear on ordinary text; the limit is there for the input nobody foresaw. A pattern
    /// that runs out of time costs its own kind of indicator for that text, not the whole extraction.
    /// </summary>
    public const int MatchTimeoutMilliseconds = 1000;

    /// <summary>Texts are read up to this length; a pasted mailbox yields its indicators from the start.</summary>
    public const int MaxTextLength = 1_000_000;
}
