using Anshin.Core.Content;

namespace Anshin.Tests.Content;

public sealed class LineDiffTests
{
    private static string Show(IEnumerable<DiffLine> diff) =>
        string.Join('|', diff.Select(d => (d.Change switch { LineChange.Added => "+", LineChange.Removed => "-", _ => " " }) + d.Text));

    [Fact]
    public void ChangedLine_IsRemovedThenAdded_BetweenUnchangedOnes()
    {
        var diff = LineDiff.Compare("# 偽警告\n電話しない\n閉じる\n", "# 偽警告\n絶対に電話しない\n閉じる\n");

        Assert.Equal(" # 偽警告|-電話しない|+絶対に電話しない| 閉じる", Show(diff));
    }

    [Fact]
    public void InsertedAndDeletedLines_AreFoundInTheMiddle()
    {
        var diff = LineDiff.Compare("a\nb\nc\nd\ne", "a\nc\nx\nd\ne\nf");

        Assert.Equal(" a|-b| c|+x| d| e|+f", Show(diff));
    }

    [Fact]
    public void LineEndings_DoNotCountAsChanges()
    {
        Assert.All(LineDiff.Compare("a\r\nb\r\n", "a\nb"), d => Assert.Equal(LineChange.Same, d.Change));
    }

    [Fact]
    public void EmptyTexts_CompareToAdditionsOrNothing()
    {
        Assert.Empty(LineDiff.Compare("", ""));
        Assert.Equal("+a|+b", Show(LineDiff.Compare("", "a\nb")));
        Assert.Equal("-a", Show(LineDiff.Compare("a", "")));
    }

    [Fact]
    public void VeryLongTexts_AreComparedByTheirCommonEnds()
    {
        var before = string.Join('\n', Enumerable.Range(0, LineDiff.MaxLines + 10).Select(i => $"old {i}"));
        var after = string.Join('\n', Enumerable.Range(0, LineDiff.MaxLines + 10).Select(i => $"new {i}"));

        var diff = LineDiff.Compare("head\n" + before + "\ntail", "head\n" + after + "\ntail");

        Assert.Equal(" head", Show(diff.Take(1)));
        Assert.Equal(" tail", Show(diff.TakeLast(1)));
        Assert.Equal((LineDiff.MaxLines + 10) * 2, diff.Count(d => d.Change != LineChange.Same));
    }
}
