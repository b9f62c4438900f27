using System.Collections.Concurrent;
using Anshin.Core.Content;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Knowledge.Navigator;

/// <summary>A navigator tree ready to show: each node's body already rendered and sanitised (ADR 0009).</summary>
public sealed class RenderedNavigator(string language, int version, NavigatorTree tree)
{
    private readonly Dictionary<string, string> html = tree.All().ToDictionary(n => n.Key, n => MarkdownHtml.Render(n.Body), StringComparer.Ordinal);

    public string Language { get; } = language;

    public int Version { get; } = version;

    public NavigatorTree Tree { get; } = tree;

    public string Html(NavigatorNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return html.TryGetValue(node.Key, out var rendered) ? rendered : MarkdownHtml.Render(node.Body);
    }
}

/// <summary>
/// Reads the published navigator of a language: one small query for the published version number per request, and the
/// rendered tree from memory while that version stays published (versions never change, so nothing goes stale).
/// </summary>
public sealed class NavigatorReader(AnshinDbContext db, NavigatorReader.Memory memory)
{
    /// <summary>The published tree of the language, or null before the first publication.</summary>
    public async Task<RenderedNavigator?> PublishedAsync(string language, CancellationToken ct)
    {
        var version = await db.Set<NavigatorState>().Where(s => s.Language == language).Select(s => s.PublishedVersion).SingleOrDefaultAsync(ct);
        return version is { } number ? await RenderedAsync(language, number, ct) : null;
    }

    /// <summary>The latest saved tree (what staff preview), or null before the first save.</summary>
    public async Task<RenderedNavigator?> DraftAsync(string language, CancellationToken ct)
    {
        var version = await db.Set<NavigatorState>().Where(s => s.Language == language).Select(s => (int?)s.CurrentVersion).SingleOrDefaultAsync(ct);
        return version is { } number and > 0 ? await RenderedAsync(language, number, ct) : null;
    }

    private async Task<RenderedNavigator?> RenderedAsync(string language, int number, CancellationToken ct)
    {
        if (memory.Trees.TryGetValue((language, number), out var cached))
        {
            return cached;
        }

        var json = await db.Set<NavigatorVersion>().Where(v => v.Language == language && v.Number == number).Select(v => v.Document).SingleOrDefaultAsync(ct);
        if (json is null)
        {
            return null;
        }

        var rendered = new RenderedNavigator(language, number, NavigatorTree.Parse(json));
        // Keeps the few latest versions: drafts change often, and an old version is never asked for again.
        foreach (var stale in memory.Trees.Keys.Where(k => k.Language == language && k.Number < number - 8))
        {
            memory.Trees.TryRemove(stale, out _);
        }

        memory.Trees[(language, number)] = rendered;
        return rendered;
    }

    /// <summary>The rendered trees, shared by every request (a singleton).</summary>
    public sealed class Memory
    {
        internal ConcurrentDictionary<(string Language, int Number), RenderedNavigator> Trees { get; } = new();
    }
}
