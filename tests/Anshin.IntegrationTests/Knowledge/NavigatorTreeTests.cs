using Anshin.Web.Areas.Knowledge.Navigator;
using Anshin.Web.Platform.Data;

namespace Anshin.IntegrationTests.Knowledge;

/// <summary>The navigator's tree and the edits made to it, without a database.</summary>
public sealed class NavigatorTreeTests
{
    private static NavigatorTree Tree() => NavigatorTree.Parse("""
        {"roots":[{"key":"warning","title":"警告","summary":"","body":"説明","question":"電話しましたか？","choice":"","children":[
          {"key":"called","title":"電話した","summary":"","body":"対処","question":"","choice":"はい","children":[]},
          {"key":"not-called","title":"していない","summary":"","body":"対処","question":"","choice":"いいえ","children":[]}]}]}
        """);

    private static NavigatorNodeInput Input(string key, string title = "題", string choice = "答え", string body = "本文") =>
        new() { Key = key, Title = title, Choice = choice, Body = body };

    [Fact]
    public void Find_GivesTheNodeAndThePathWalkedToIt()
    {
        var (node, ancestors) = Tree().Find("not-called")!.Value;

        Assert.Equal("していない", node.Title);
        Assert.Equal(["warning"], ancestors.Select(a => a.Key));
        Assert.Null(Tree().Find("nowhere"));
    }

    [Fact]
    public void Problems_NameWhatStopsPublishing()
    {
        var tree = Tree();
        tree.Roots[0].Children.RemoveAt(1);
        tree.Roots[0].Children[0].Body = "";
        tree.Roots.Add(new NavigatorNode { Key = "warning", Title = "", Body = "x" });

        var problems = tree.Problems();

        Assert.Contains(("warning", "Navigator.Error.OneChoice"), problems);
        Assert.Contains(("called", "Navigator.Error.GuidanceEmpty"), problems);
        Assert.Contains(("warning", "Navigator.Error.KeyTaken"), problems);
        Assert.Contains(("warning", "Navigator.Error.TitleRequired"), problems);
        Assert.Empty(Tree().Problems());
        Assert.Equal([("", "Navigator.Error.Empty")], new NavigatorTree().Problems());
    }

    [Fact]
    public void Write_AddsUnderAParent_ChangesInPlace_AndRefusesTakenKeysAndMissingChoices()
    {
        var tree = Tree();

        Assert.Empty(NavigatorEdits.Write(tree, null, "warning", Input("paid", choice: "支払った")));
        Assert.Equal(["called", "not-called", "paid"], tree.Roots[0].Children.Select(c => c.Key));
        Assert.Empty(NavigatorEdits.Write(tree, "called", null, Input("called-now", "電話してしまった", "はい、した")));
        Assert.Equal("電話してしまった", tree.Find("called-now")!.Value.Node.Title);
        Assert.Contains((nameof(NavigatorNodeInput.Key), "Navigator.Error.KeyTaken"), NavigatorEdits.Write(tree, null, "warning", Input("paid")));
        Assert.Contains((nameof(NavigatorNodeInput.Choice), "Navigator.Error.ChoiceRequired"), NavigatorEdits.Write(tree, null, "warning", Input("x", choice: "")));
        Assert.Empty(NavigatorEdits.Write(tree, null, null, Input("root-two", choice: "")));
        Assert.Contains((nameof(NavigatorNodeInput.Body), "Articles.Error.ImageAlt"), NavigatorEdits.Write(tree, null, null, Input("img", choice: "", body: "![](/a.png)")));
        Assert.Equal(2, tree.Roots.Count);
    }

    [Fact]
    public void MoveAndDelete_WorkAmongSiblings_AndStopAtTheEnds()
    {
        var tree = Tree();

        Assert.False(NavigatorEdits.Move(tree, "called", -1));
        Assert.True(NavigatorEdits.Move(tree, "called", 1));
        Assert.Equal(["not-called", "called"], tree.Roots[0].Children.Select(c => c.Key));
        Assert.False(NavigatorEdits.Move(tree, "called", 1));
        Assert.True(NavigatorEdits.Delete(tree, "warning"));
        Assert.Empty(tree.Roots);
        Assert.False(NavigatorEdits.Delete(tree, "warning"));
    }

    [Fact]
    public void Outline_ShowsEveryFieldOnItsOwnLine_ForLineByLineComparison()
    {
        var outline = Tree().ToOutline();

        Assert.Contains("● warning: 警告", outline, StringComparison.Ordinal);
        Assert.Contains("    ● called: 電話した", outline, StringComparison.Ordinal);
        Assert.Contains("      ← はい", outline, StringComparison.Ordinal);
        Assert.Contains("  ? 電話しましたか？", outline, StringComparison.Ordinal);
        Assert.Equal(Tree().ToJson(), NavigatorTree.Parse(Tree().ToJson()).ToJson());
    }

    [Theory]
    [InlineData("navigator-ja.json")]
    [InlineData("navigator-en.json")]
    public async Task TheSeededTrees_CanBePublished_AndHaveTheSameShapeInBothLanguages(string file)
    {
        var tree = NavigatorTree.Parse(await SeedFile.ReadAsync(file, CancellationToken.None));
        var japanese = NavigatorTree.Parse(await SeedFile.ReadAsync("navigator-ja.json", CancellationToken.None));

        Assert.Empty(tree.Problems());
        Assert.Equal(japanese.All().Select(n => (n.Key, n.Children.Count)), tree.All().Select(n => (n.Key, n.Children.Count)));
        Assert.All(tree.All(), n => Assert.Empty(new NavigatorNodeInput
        {
            Key = n.Key,
            Title = n.Title,
            Summary = n.Summary,
            Body = n.Body,
            Question = n.Question,
            Choice = n.Choice,
        }.Problems(isRoot: tree.Roots.Contains(n))));
        Assert.Contains(tree.All(), n => n.Key == "fake-warning-remote-installed");
    }
}
