using System.Text;

namespace Anshin.Core.SecurityAction;

/// <summary>
/// A generated information security basic policy, kept in parts so that a web page can lay it out and the
/// renderers here can produce Markdown and plain text.
/// </summary>
/// <param name="Language">"ja" or "en".</param>
/// <param name="Title">The document title.</param>
/// <param name="Preamble">The opening paragraph, including the scope.</param>
/// <param name="Sections">The five commitments in order.</param>
/// <param name="Footer">Date established, organisation name, representative's title and name.</param>
public sealed record BasicPolicyDocument(
    string Language,
    string Title,
    string Preamble,
    IReadOnlyList<PolicySection> Sections,
    IReadOnlyList<string> Footer)
{
    /// <summary>
    /// CommonMark: a level-1 title, the preamble, a level-2 heading per section and the footer as closing
    /// paragraphs, since Markdown cannot align it to the right. Text from the input is escaped.
    /// </summary>
    public string ToMarkdown()
    {
        var builder = new StringBuilder();
        builder.Append("# ").Append(MarkdownText.Escape(Title)).Append("\n\n");
        builder.Append(MarkdownText.Escape(Preamble)).Append("\n\n");
        foreach (var section in Sections)
        {
            builder.Append("## ").Append(section.Number).Append(". ").Append(MarkdownText.Escape(section.Heading)).Append("\n\n");
            foreach (var paragraph in section.Body)
            {
                builder.Append(MarkdownText.Escape(paragraph)).Append("\n\n");
            }
        }

        foreach (var line in Footer)
        {
            builder.Append(MarkdownText.Escape(line)).Append("\n\n");
        }

        return builder.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Plain text with numbered headings and blank lines between blocks, for e-mail or a text file.</summary>
    public string ToPlainText()
    {
        var builder = new StringBuilder();
        builder.Append(Title).Append("\n\n");
        builder.Append(Preamble).Append("\n\n");
        foreach (var section in Sections)
        {
            builder.Append(section.NumberedHeading).Append('\n');
            foreach (var paragraph in section.Body)
            {
                builder.Append(paragraph).Append('\n');
            }

            builder.Append('\n');
        }

        foreach (var line in Footer)
        {
            builder.Append(line).Append('\n');
        }

        return builder.ToString();
    }
}
