namespace Anshin.Core.Content;

/// <summary>What happened to one line between two versions of a text.</summary>
public enum LineChange
{
    Same,
    Removed,
    Added,
}

/// <summary>One line of a diff.</summary>
public sealed record DiffLine(LineChange Change, string Text);

/// <summary>
/// Line diff between two versions of an article (longest common subsequence of lines): removed lines come before the
/// lines added in their place, unchanged lines are kept in order. Texts longer than <see cref="MaxLines"/> lines on
/// either side are compared by their common start and end only, with everything between shown as replaced.
/// </summary>
public static class LineDiff
{
    public const int MaxLines = 3_000;

    public static IReadOnlyList<DiffLine> Compare(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = Lines(before);
        var b = Lines(after);

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var end = 0;
        while (end < a.Length - start && end < b.Length - start && a[^(end + 1)] == b[^(end + 1)])
        {
            end++;
        }

        var result = new List<DiffLine>(a.Length + b.Length);
        result.AddRange(a[..start].Select(line => new DiffLine(LineChange.Same, line)));
        var middleA = a[start..^end];
        var middleB = b[start..^end];
        if (middleA.Length > MaxLines || middleB.Length > MaxLines)
        {
            result.AddRange(middleA.Select(line => new DiffLine(LineChange.Removed, line)));
            result.AddRange(middleB.Select(line => new DiffLine(LineChange.Added, line)));
        }
        else
        {
            result.AddRange(Middle(middleA, middleB));
        }

        result.AddRange(a[^end..].Select(line => new DiffLine(LineChange.Same, line)));
        return result;
    }

    private static List<DiffLine> Middle(string[] a, string[] b)
    {
        // lengths[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var lines = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add(new DiffLine(LineChange.Same, a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                lines.Add(new DiffLine(LineChange.Removed, a[x++]));
            }
            else
            {
                lines.Add(new DiffLine(LineChange.Added, b[y++]));
            }
        }

        return lines;
    }

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
