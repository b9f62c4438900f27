using System.Text;

namespace Anshin.Core.SecurityAction;

/// <summary>Escapes one line of text so that CommonMark shows it literally.</summary>
internal static class MarkdownText
{
    // Inline syntax anywhere in a line: emphasis, code, links, images, HTML, entities, tables, strikethrough.
    private const string InlineSpecials = "\\`*_[]<>&!|~#";

    // Block syntax at the start of a line: lists, setext underlines, block quotes.
    private const string LeadingSpecials = "-+=>";

    public static string Escape(string line)
    {
        var builder = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (InlineSpecials.Contains(c, StringComparison.Ordinal)
                || (i == 0 && LeadingSpecials.Contains(c, StringComparison.Ordinal))
                || (c is '.' or ')' && IsOrderedListMarker(line, i)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // "12. Name" or "1) Name" at the start of a line would begin an ordered list.
    private static bool IsOrderedListMarker(string line, int index) =>
        index > 0 && index <= 9 && line[..index].All(char.IsAsciiDigit);
}
