using System.Globalization;
using Anshin.Web.Areas.Knowledge.Navigator;

namespace Anshin.Web.Areas.Knowledge.Pages.Navigator;

/// <summary>
/// One navigator page as the public (or staff, in preview) sees it: the node, the path walked to it, and where its links
/// go. <see cref="LinkBase"/> is <c>/navigator</c> on the public site and the preview's address for staff.
/// </summary>
public sealed record NavigatorView(RenderedNavigator Navigator, NavigatorNode Node, IReadOnlyList<NavigatorNode> Ancestors, string LinkBase, bool Preview)
{
    /// <summary>The symptom the person started from: the first-level node's title.</summary>
    public string Symptom => (Ancestors.Count > 0 ? Ancestors[0] : Node).Title;

    /// <summary>The path walked, as the consultation form receives it: the symptom, then each answer given.</summary>
    public string Path => string.Join(" › ", Ancestors.Append(Node).Select((n, i) => i == 0 ? n.Title : n.Choice));

    public string Link(NavigatorNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return $"{LinkBase}/{node.Key}?lang={Navigator.Language}";
    }

    public string ConsultLink => $"/consult?symptom={Uri.EscapeDataString(Symptom)}&path={Uri.EscapeDataString(Path)}";

    /// <summary>The language the reader asked for with <c>?lang=</c>, or the page's culture.</summary>
    public static string Language(string? lang) =>
        lang is "ja" or "en" ? lang : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ja";
}
