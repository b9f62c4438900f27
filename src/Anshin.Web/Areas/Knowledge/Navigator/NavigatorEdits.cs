namespace Anshin.Web.Areas.Knowledge.Navigator;

/// <summary>
/// The changes staff make to a navigator tree, each on a copy the editor then saves as a new version: write a node
/// (new or changed, under a parent or at the first level), move it up or down among its siblings, delete it with
/// everything below it. Each returns the problems (resource keys) that stop it, and changes nothing when there are any.
/// </summary>
public static class NavigatorEdits
{
    /// <summary>Writes <paramref name="input"/> as the node <paramref name="originalKey"/> (a new node when null) under <paramref name="parentKey"/>.</summary>
    public static IReadOnlyList<(string Field, string Message)> Write(NavigatorTree tree, string? originalKey, string? parentKey, NavigatorNodeInput input)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(input);
        input.Normalize();
        var problems = input.Problems(isRoot: ParentOf(tree, originalKey, parentKey) is null).ToList();
        if (NavigatorKeys.IsValid(input.Key) && input.Key != originalKey && tree.Find(input.Key) is not null)
        {
            problems.Add((nameof(input.Key), "Navigator.Error.KeyTaken"));
        }

        NavigatorNode? existing = null;
        if (originalKey is not null && (existing = tree.Find(originalKey)?.Node) is null)
        {
            problems.Add(("", "Navigator.Error.NodeGone"));
        }

        List<NavigatorNode>? siblings = null;
        if (existing is null && parentKey is not null)
        {
            siblings = tree.Find(parentKey)?.Node.Children;
            if (siblings is null)
            {
                problems.Add(("", "Navigator.Error.NodeGone"));
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var node = existing ?? new NavigatorNode();
        node.Key = input.Key;
        node.Title = input.Title;
        node.Summary = input.Summary;
        node.Body = input.Body;
        node.Question = input.Question;
        node.Choice = input.Choice;
        if (existing is null)
        {
            (siblings ?? tree.Roots).Add(node);
        }

        return [];
    }

    /// <summary>Moves a node one place up (<paramref name="by"/> = −1) or down (+1) among its siblings; false at either end.</summary>
    public static bool Move(NavigatorTree tree, string key, int by)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var siblings = tree.SiblingsOf(key);
        if (siblings is null)
        {
            return false;
        }

        var from = siblings.FindIndex(n => n.Key == key);
        var to = from + Math.Sign(by);
        if (to < 0 || to >= siblings.Count)
        {
            return false;
        }

        (siblings[from], siblings[to]) = (siblings[to], siblings[from]);
        return true;
    }

    /// <summary>Removes a node and every node below it; false when the key is unknown.</summary>
    public static bool Delete(NavigatorTree tree, string key)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var siblings = tree.SiblingsOf(key);
        return siblings is not null && siblings.RemoveAll(n => n.Key == key) > 0;
    }

    // The parent of the node being written: the existing node's parent, or the one a new node goes under.
    private static NavigatorNode? ParentOf(NavigatorTree tree, string? originalKey, string? parentKey)
    {
        if (originalKey is not null)
        {
            return tree.Find(originalKey) is { Ancestors.Count: > 0 } found ? found.Ancestors[^1] : null;
        }

        return parentKey is null ? null : tree.Find(parentKey)?.Node;
    }
}
