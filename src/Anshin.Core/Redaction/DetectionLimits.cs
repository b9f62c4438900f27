namespace Anshin.Core.Redaction;

/// <summary>Bounds shared by every pattern the redaction detectors run.</summary>
internal static class DetectionLimits
{
    /// <summary>
    /// Generous for any case text, yet bounded: a pathological input fails loudly instead of tying up a
    /// request, and failing is safer than publishing a text whose detection stopped half-way.
    /// </summary>
    public const int MatchTimeoutMilliseconds = 2000;

    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(MatchTimeoutMilliseconds);
}
