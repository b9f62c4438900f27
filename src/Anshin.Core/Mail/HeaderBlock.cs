namespace Anshin.Core.Mail;

/// <summary>
/// Splits the header of a message or body part into unfolded fields and finds where the body begins,
/// tolerating bare LF line ends, a missing blank line, an mbox "From " line, or no header at all.
/// </summary>
internal static class HeaderBlock
{
    private const int MaxNameLength = 256;

    /// <summary>A field as it was sent: its name and its unfolded value, still as bytes.</summary>
    public readonly record struct RawField(string Name, ReadOnlyMemory<byte> Value);

    /// <summary>The fields of <paramref name="entity"/> and the offset at which its body starts.</summary>
    public static (List<RawField> Fields, int BodyStart) Read(ReadOnlyMemory<byte> entity, bool topLevel, ProblemLog problems)
    {
        var fields = new List<RawField>();
        var span = entity.Span;
        var pos = 0;
        if (topLevel)
        {
            pos = SkipPreamble(span, problems);
        }

        string? name = null;
        var valueStart = 0;
        List<byte>? folded = null;
        while (pos < span.Length)
        {
            var (lineEnd, next) = Line(span, pos);
            var line = span[pos..lineEnd];
            if (line.IsEmpty || (line.Trim(" \t"u8).IsEmpty && !StartsWithWhitespace(span, next)))
            {
                // A line of only spaces that nothing continues is a separator some mailers write as blank.
                Complete(fields, name, entity, valueStart, PreviousLineEnd(span, pos), folded);
                return (fields, next);
            }

            if (line[0] is (byte)' ' or (byte)'\t')
            {
                if (name is null)
                {
                    break;
                }

                folded ??= [.. span[valueStart..PreviousLineEnd(span, pos)]];
                folded.AddRange(line);
                pos = next;
                continue;
            }

            var colon = FieldNameLength(line);
            if (colon < 0)
            {
                if (fields.Count > 0 || name is not null)
                {
                    problems.Add(MailProblem.MissingHeaderSeparator);
                }

                break;
            }

            Complete(fields, name, entity, valueStart, PreviousLineEnd(span, pos), folded);
            folded = null;
            name = System.Text.Encoding.ASCII.GetString(line[..colon]).TrimEnd();
            valueStart = pos + line.IndexOf((byte)':') + 1;
            pos = next;
        }

        Complete(fields, name, entity, valueStart, pos >= span.Length ? LastLineEnd(span) : PreviousLineEnd(span, pos), folded);
        return (fields, Math.Min(pos, span.Length));
    }

    /// <summary>The end of the line starting at <paramref name="pos"/> without its CR LF, and the next line's start.</summary>
    public static (int LineEnd, int Next) Line(ReadOnlySpan<byte> span, int pos)
    {
        var newline = span[pos..].IndexOf((byte)'\n');
        if (newline < 0)
        {
            var end = span.Length;
            if (end > pos && span[end - 1] == (byte)'\r')
            {
                end--;
            }

            return (end, span.Length);
        }

        var lineEnd = pos + newline;
        var next = lineEnd + 1;
        if (lineEnd > pos && span[lineEnd - 1] == (byte)'\r')
        {
            lineEnd--;
        }

        return (lineEnd, next);
    }

    // Skips a byte order mark, leading blank lines and a Unix mbox "From " separator.
    private static int SkipPreamble(ReadOnlySpan<byte> span, ProblemLog problems)
    {
        var pos = span.StartsWith("\uFEFF"u8) ? 3 : 0;
        while (pos < span.Length && span[pos] is (byte)'\r' or (byte)'\n')
        {
            pos++;
        }

        if (span[pos..].StartsWith("From "u8))
        {
            problems.Add(MailProblem.MboxFromLine);
            pos = Line(span, pos).Next;
        }

        return pos;
    }

    // The end (before CR LF) of the line that precedes the line starting at pos.
    private static int PreviousLineEnd(ReadOnlySpan<byte> span, int pos)
    {
        var end = pos;
        if (end > 0 && span[end - 1] == (byte)'\n')
        {
            end--;
        }

        if (end > 0 && span[end - 1] == (byte)'\r')
        {
            end--;
        }

        return end;
    }

    private static bool StartsWithWhitespace(ReadOnlySpan<byte> span, int pos) =>
        pos < span.Length && span[pos] is (byte)' ' or (byte)'\t';

    private static int LastLineEnd(ReadOnlySpan<byte> span) => PreviousLineEnd(span, span.Length);

    // The length of the field name when the line is "name:" or "name :", otherwise -1.
    private static int FieldNameLength(ReadOnlySpan<byte> line)
    {
        var i = 0;
        while (i < line.Length && i <= MaxNameLength && line[i] is > 32 and < 127 and not (byte)':')
        {
            i++;
        }

        if (i == 0 || i > MaxNameLength)
        {
            return -1;
        }

        var nameEnd = i;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t')
        {
            i++;
        }

        return i < line.Length && line[i] == (byte)':' ? nameEnd : -1;
    }

    private static void Complete(
        List<RawField> fields, string? name, ReadOnlyMemory<byte> entity, int valueStart, int valueEnd, List<byte>? folded)
    {
        if (name is null)
        {
            return;
        }

        var value = folded is null
            ? entity[valueStart..Math.Max(valueStart, valueEnd)]
            : folded.ToArray();
        fields.Add(new RawField(name, Trim(value)));
    }

    private static ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> value)
    {
        var span = value.Span;
        var start = 0;
        var end = span.Length;
        while (start < end && span[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        while (end > start && span[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            end--;
        }

        return value[start..end];
    }
}
