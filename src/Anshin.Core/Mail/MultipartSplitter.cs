using System.Text;

namespace Anshin.Core.Mail;

/// <summary>
/// Cuts a multipart body into its parts at the boundary lines, ignoring preamble and epilogue, tolerating a
/// missing closing boundary, and finding the boundary in the body when the Content-Type does not give it.
/// </summary>
internal static class MultipartSplitter
{
    private const int MaxBoundaryLength = 200;

    /// <summary>
    /// The parts between the boundary lines, as slices of <paramref name="body"/>; empty when the boundary
    /// (declared or detected) never occurs.
    /// </summary>
    public static List<ReadOnlyMemory<byte>> Split(
        ReadOnlyMemory<byte> body, string? boundary, int maxParts, ProblemLog problems)
    {
        if (string.IsNullOrEmpty(boundary))
        {
            boundary = DetectBoundary(body.Span);
            if (boundary is null)
            {
                problems.Add(MailProblem.BoundaryNotFound);
                return [];
            }

            problems.Add(MailProblem.MissingBoundaryParameter);
        }

        var parts = SplitAt(body, boundary, maxParts, problems);
        if (parts is not null)
        {
            return parts;
        }

        // The declared boundary is nowhere in the body; a mailer may have rewritten one but not the other.
        problems.Add(MailProblem.BoundaryNotFound);
        var detected = DetectBoundary(body.Span);
        return detected is null || detected == boundary ? [] : SplitAt(body, detected, maxParts, problems) ?? [];
    }

    private static List<ReadOnlyMemory<byte>>? SplitAt(ReadOnlyMemory<byte> body, string boundary, int maxParts, ProblemLog problems)
    {
        var span = body.Span;
        var delimiter = Encoding.UTF8.GetBytes("--" + boundary);
        var parts = new List<ReadOnlyMemory<byte>>();
        var partStart = -1;
        var from = 0;
        var found = false;
        while (from < span.Length)
        {
            var index = span[from..].IndexOf(delimiter);
            if (index < 0)
            {
                break;
            }

            var position = from + index;
            from = position + 1;
            if (position > 0 && span[position - 1] != (byte)'\n')
            {
                continue;
            }

            var (lineEnd, next) = HeaderBlock.Line(span, position);
            var rest = span[(position + delimiter.Length)..lineEnd];
            var closing = rest.StartsWith("--"u8);
            if (!closing && !rest.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            found = true;
            if (partStart >= 0)
            {
                parts.Add(body[partStart..PartEnd(span, partStart, position)]);
                if (parts.Count >= maxParts)
                {
                    problems.Add(MailProblem.TooManyParts);
                    return parts;
                }
            }

            if (closing)
            {
                return parts;
            }

            partStart = next;
            from = next;
        }

        if (!found)
        {
            return null;
        }

        problems.Add(MailProblem.MissingBoundaryEnd);
        if (partStart >= 0 && partStart <= span.Length)
        {
            parts.Add(body[partStart..]);
        }

        return parts;
    }

    // The line break before a boundary line belongs to the boundary (RFC 2046 §5.1.1).
    private static int PartEnd(ReadOnlySpan<byte> span, int partStart, int delimiterStart)
    {
        var end = delimiterStart;
        if (end > partStart && span[end - 1] == (byte)'\n')
        {
            end--;
        }

        if (end > partStart && span[end - 1] == (byte)'\r')
        {
            end--;
        }

        return Math.Max(partStart, end);
    }

    // The first line of the form "--token" that is not a row of dashes, read as a boundary.
    private static string? DetectBoundary(ReadOnlySpan<byte> span)
    {
        var pos = 0;
        while (pos < span.Length)
        {
            var (lineEnd, next) = HeaderBlock.Line(span, pos);
            var line = span[pos..lineEnd].TrimEnd(" \t"u8);
            if (line.Length > 2 && line.StartsWith("--"u8))
            {
                var token = line[2..];
                if (token.EndsWith("--"u8) && token.Length > 2)
                {
                    token = token[..^2];
                }

                if (token.Length <= MaxBoundaryLength && token.IndexOfAnyExcept((byte)'-') >= 0
                    && !token.ContainsAny(" \t"u8) && !token.ContainsAnyInRange((byte)0x80, (byte)0xFF))
                {
                    return Encoding.ASCII.GetString(token);
                }
            }

            pos = next;
        }

        return null;
    }
}
