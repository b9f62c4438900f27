using System.Text;

namespace Anshin.Core.Mail;

/// <summary>Joins the soft-broken lines of RFC 3676 format=flowed text back into paragraphs.</summary>
internal static class FlowedText
{
    public static string Unflow(string text, bool deleteSpace)
    {
        var lines = text.Split('\n');
        if (lines.Length > 1 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        var result = new StringBuilder(text.Length);
        var paragraphDepth = -1;
        foreach (var rawLine in lines)
        {
            var depth = 0;
            while (depth < rawLine.Length && rawLine[depth] == '>')
            {
                depth++;
            }

            var line = rawLine[depth..];
            if (line.StartsWith(' '))
            {
                line = line[1..];
            }

            // A flowed line continues only into a line of the same quote depth; the signature line "-- " never flows.
            if (paragraphDepth >= 0 && paragraphDepth != depth)
            {
                result.Append('\n');
                paragraphDepth = -1;
            }

            if (paragraphDepth < 0 && depth > 0)
            {
                result.Append('>', depth).Append(' ');
            }

            var flowed = line.EndsWith(' ') && line != "-- ";
            if (flowed)
            {
                result.Append(deleteSpace ? line[..^1] : line);
                paragraphDepth = depth;
            }
            else
            {
                result.Append(line).Append('\n');
                paragraphDepth = -1;
            }
        }

        if (result.Length > 0 && result[^1] == '\n' && !text.EndsWith('\n'))
        {
            result.Length--;
        }

        return result.ToString();
    }
}
