namespace Anshin.Core.Redaction;

/// <summary>A span of the text that should be replaced before the case is published.</summary>
/// <param name="Start">Offset of the first UTF-16 unit in the original, unfolded text.</param>
/// <param name="Length">Number of UTF-16 units in the original text.</param>
/// <param name="Kind">What the span is, which decides its placeholder.</param>
/// <param name="Text">The span as it appears in the original text.</param>
public sealed record RedactionMatch(int Start, int Length, RedactionKind Kind, string Text)
{
    /// <summary>Offset just past the last UTF-16 unit of the span.</summary>
    public int End => Start + Length;
}
