namespace Anshin.Core.Indicators;

/// <summary>
/// Stretches of the prepared text already claimed by something else (an e-mail address, a URL), where other
/// finders must not look: the domain of <c>taro@example.jp</c> is personal data, not a scam domain.
/// </summary>
internal sealed class TextSpans
{
    private readonly List<(int Start, int End)> spans = [];
    private bool merged = true;

    public void Add(int start, int length)
    {
        if (length > 0)
        {
            spans.Add((start, start + length));
            merged = false;
        }
    }

    /// <summary>Whether any claimed stretch shares a character with [start, end).</summary>
    public bool Overlaps(int start, int end)
    {
        Merge();
        var low = 0;
        var high = spans.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var span = spans[middle];
            if (span.End <= start)
            {
                low = middle + 1;
            }
            else if (span.Start >= end)
            {
                high = middle - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    // Sorted and merged, the stretches are disjoint, so a binary search finds any overlap.
    private void Merge()
    {
        if (merged)
        {
            return;
        }

        spans.Sort();
        var write = 0;
        for (var read = 1; read < spans.Count; read++)
        {
            if (spans[read].Start <= spans[write].End)
            {
                spans[write] = (spans[write].Start, Math.Max(spans[write].End, spans[read].End));
            }
            else
            {
                spans[++write] = spans[read];
            }
        }

        if (spans.Count > 0)
        {
            spans.RemoveRange(write + 1, spans.Count - write - 1);
        }

        merged = true;
    }
}
