using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Anshin.Web.Areas.Knowledge.Navigator;

/// <summary>
/// The symptom navigator of one language: a tree of <see cref="NavigatorNode"/> whose first level are the symptoms a
/// person picks from. Stored whole, as JSON, in every <see cref="NavigatorVersion"/>; see ADR 0010.
/// </summary>
public sealed class NavigatorTree
{
    public const int MaxDepth = 6;
    public const int MaxNodes = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    public List<NavigatorNode> Roots { get; set; } = [];

    public static NavigatorTree Parse(string json) =>
        JsonSerializer.Deserialize<NavigatorTree>(json, Json) ?? new NavigatorTree();

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public NavigatorTree Clone() => Parse(ToJson());

    /// <summary>Every node, parents before their children, in reading order.</summary>
    public IEnumerable<NavigatorNode> All() => Walk(Roots);

    /// <summary>The node with the key and the nodes above it, first-level node first (the path a person walked to it).</summary>
    public (NavigatorNode Node, IReadOnlyList<NavigatorNode> Ancestors)? Find(string key)
    {
        var path = new List<NavigatorNode>();
        return Find(Roots, key, path) is { } node ? (node, path) : null;
    }

    /// <summary>The list that holds the node (the roots or its parent's children), or null when the key is unknown.</summary>
    public List<NavigatorNode>? SiblingsOf(string key)
    {
        if (Roots.Any(n => n.Key == key))
        {
            return Roots;
        }

        return All().FirstOrDefault(n => n.Children.Any(c => c.Key == key))?.Children;
    }

    /// <summary>
    /// What stops this tree from being published, as resource keys with the node's key: duplicate or malformed keys,
    /// missing titles, choices or questions, question nodes with a single choice, trees too deep or too large.
    /// </summary>
    public IReadOnlyList<(string Key, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (Roots.Count == 0)
        {
            problems.Add(("", "Navigator.Error.Empty"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        void Check(NavigatorNode node, int depth, bool root)
        {
            count++;
            if (!NavigatorKeys.IsValid(node.Key))
            {
                problems.Add((node.Key, "Navigator.Error.KeyFormat"));
            }
            else if (!seen.Add(node.Key))
            {
                problems.Add((node.Key, "Navigator.Error.KeyTaken"));
            }

            if (string.IsNullOrWhiteSpace(node.Title))
            {
                problems.Add((node.Key, "Navigator.Error.TitleRequired"));
            }

            if (!root && string.IsNullOrWhiteSpace(node.Choice))
            {
                problems.Add((node.Key, "Navigator.Error.ChoiceRequired"));
            }

            if (node.IsQuestion && string.IsNullOrWhiteSpace(node.Question))
            {
                problems.Add((node.Key, "Navigator.Error.QuestionRequired"));
            }

            if (node.Children.Count == 1)
            {
                problems.Add((node.Key, "Navigator.Error.OneChoice"));
            }

            if (!node.IsQuestion && string.IsNullOrWhiteSpace(node.Body))
            {
                problems.Add((node.Key, "Navigator.Error.GuidanceEmpty"));
            }

            if (depth >= MaxDepth && node.IsQuestion)
            {
                problems.Add((node.Key, "Navigator.Error.TooDeep"));
                return;
            }

            foreach (var child in node.Children)
            {
                Check(child, depth + 1, false);
            }
        }

        foreach (var root in Roots)
        {
            Check(root, 1, true);
        }

        if (count > MaxNodes)
        {
            problems.Add(("", "Navigator.Error.TooLarge"));
        }

        return problems;
    }

    /// <summary>The tree as plain text, one field per line and indented by depth, for comparing versions line by line.</summary>
    public string ToOutline()
    {
        var text = new StringBuilder();
        void Write(NavigatorNode node, int depth)
        {
            var indent = new string(' ', depth * 4);
            text.Append(indent).Append("● ").Append(node.Key).Append(": ").AppendLine(node.Title);
            if (node.Choice.Length > 0)
            {
                text.Append(indent).Append("  ← ").AppendLine(node.Choice);
            }

            if (node.Summary.Length > 0)
            {
                text.Append(indent).Append("  ").AppendLine(node.Summary);
            }

            foreach (var line in node.Body.Split('\n'))
            {
                text.Append(indent).Append("  | ").AppendLine(line.TrimEnd('\r'));
            }

            if (node.Question.Length > 0)
            {
                text.Append(indent).Append("  ? ").AppendLine(node.Question);
            }

            foreach (var child in node.Children)
            {
                Write(child, depth + 1);
            }
        }

        foreach (var root in Roots)
        {
            Write(root, 0);
        }

        return text.ToString();
    }

    private static IEnumerable<NavigatorNode> Walk(List<NavigatorNode> nodes)
    {
        foreach (var node in nodes)
        {
            yield return node;
            foreach (var below in Walk(node.Children))
            {
                yield return below;
            }
        }
    }

    private static NavigatorNode? Find(List<NavigatorNode> nodes, string key, List<NavigatorNode> path)
    {
        foreach (var node in nodes)
        {
            if (node.Key == key)
            {
                return node;
            }

            path.Add(node);
            if (Find(node.Children, key, path) is { } found)
            {
                return found;
            }

            path.RemoveAt(path.Count - 1);
        }

        return null;
    }
}
