using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Anshin.Core.Content;

/// <summary>
/// Staff-written Markdown to the HTML of a public page. CommonMark with tables, strikethrough, footnotes, definition
/// lists and automatic links; raw HTML in the source is shown as text, never passed through. Headings start at
/// <c>h2</c> — a <c>#</c> heading becomes one too, as the page's title is its only <c>h1</c> — and get ids for in-page
/// links. The result always goes through
/// <see cref="SafeHtml"/>, so a link to <c>javascript:</c> or an image from <c>data:</c> never reaches a reader.
/// </summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseFootnotes()
        .UseDefinitionLists()
        .UseAutoLinks()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseReferralLinks("noopener", "noreferrer")
        .Build();

    public static string Render(string markdown, string? siteHost = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Max(heading.Level, 2);
        }

        return SafeHtml.Clean(document.ToHtml(Pipeline), siteHost);
    }

    /// <summary>
    /// The text a reader sees, without markup: one line per paragraph, list item or table row. For search indexes and
    /// snippets, never for display as HTML.
    /// </summary>
    public static string PlainText(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = Markdown.ToPlainText(markdown, Pipeline);
        return string.Join('\n', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The images in the source that have no alternative text (the editor refuses to save them).</summary>
    public static IReadOnlyList<string> ImagesWithoutAlt(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return [.. Markdown.Parse(markdown, Pipeline).Descendants<LinkInline>()
            .Where(link => link.IsImage && string.IsNullOrWhiteSpace(AltText(link)))
            .Select(link => link.Url ?? "")];
    }

    private static string AltText(LinkInline image) =>
        string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
