namespace Anshin.Web.Areas.Knowledge.Navigator;

/// <summary>
/// One page of the symptom navigator. A node with <see cref="Children"/> is a question: its page shows
/// <see cref="Body"/>, then <see cref="Question"/> with one button per child, labelled with the child's
/// <see cref="Choice"/>. A node without children is guidance: the advice itself, ending with the way to the desk.
/// </summary>
public sealed class NavigatorNode
{
    /// <summary>The last part of the public address (<c>/navigator/{key}</c>); unique in its tree, the same in both languages.</summary>
    public string Key { get; set; } = "";

    /// <summary>The page's heading; for a first-level node also the entry point's label on the home page.</summary>
    public string Title { get; set; } = "";

    /// <summary>One sentence for lists and search results.</summary>
    public string Summary { get; set; } = "";

    /// <summary>Markdown: the explanation above the question, or the guidance.</summary>
    public string Body { get; set; } = "";

    /// <summary>What a question node asks above its choices.</summary>
    public string Question { get; set; } = "";

    /// <summary>The answer on the parent's page that leads here (empty on first-level nodes).</summary>
    public string Choice { get; set; } = "";

    public List<NavigatorNode> Children { get; set; } = [];

    public bool IsQuestion => Children.Count > 0;
}
