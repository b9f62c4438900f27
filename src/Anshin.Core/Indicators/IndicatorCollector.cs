namespace Anshin.Core.Indicators;

/// <summary>
/// Gathers what the finders report, keeping each kind and value once at its earliest position in the text.
/// </summary>
internal sealed class IndicatorCollector
{
    private readonly Dictionary<(IndicatorKind Kind, string Value), int> index = [];
    private readonly List<Found> found = [];

    /// <summary>
    /// Records an indicator at its position in the prepared text, which orders the result; returns whether
    /// its value is new for its kind.
    /// </summary>
    public bool Add(int position, IndicatorKind kind, string value, string display)
    {
        if (index.TryGetValue((kind, value), out var existing))
        {
            // Finders run one after another, so a later finder can meet the value earlier in the text.
            if (position < found[existing].Position)
            {
                found[existing] = found[existing] with { Position = position, Indicator = new Indicator(kind, value, display) };
            }

            return false;
        }

        index.Add((kind, value), found.Count);
        found.Add(new Found(position, found.Count, new Indicator(kind, value, display)));
        return true;
    }

    /// <summary>The indicators in order of first appearance, at most <paramref name="limit"/> of them.</summary>
    public IReadOnlyList<Indicator> Result(int limit) =>
        [.. found.OrderBy(f => f.Position).ThenBy(f => f.Sequence).Take(limit).Select(f => f.Indicator)];

    private readonly record struct Found(int Position, int Sequence, Indicator Indicator);
}
