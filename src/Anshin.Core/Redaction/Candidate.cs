namespace Anshin.Core.Redaction;

/// <summary>A span one detector proposes, before overlaps between detectors are settled.</summary>
/// <param name="Start">Offset in the folded text, which is also the offset in the original.</param>
/// <param name="Length">Length in UTF-16 units.</param>
/// <param name="Kind">What the detector believes the span is.</param>
/// <param name="IsKnownValue">Whether it came from a value the case itself recorded rather than from a pattern.</param>
internal readonly record struct Candidate(int Start, int Length, RedactionKind Kind, bool IsKnownValue = false)
{
    public int End => Start + Length;
}
