using Anshin.Core.Search;

namespace Anshin.Tests.Search;

public sealed class SearchSnippetTests
{
    private static string Marked(IReadOnlyList<SnippetPart> parts) =>
        string.Concat(parts.Select(p => p.Match ? $"[{p.Text}]" : p.Text));

    [Fact]
    public void MarksEveryMatch_AsWrittenInTheText_WhateverWidthOrCaseWasTyped()
    {
        var parts = SearchSnippet.Build("ＡｎｙＤｅｓｋ を入れたら、サポート詐欺でした。", "anydesk ｻﾎﾟｰﾄ");

        Assert.Equal("[ＡｎｙＤｅｓｋ] を入れたら、[サポート]詐欺でした。", Marked(parts));
    }

    [Fact]
    public void LongText_IsCutAroundTheFirstMatch_WithEllipses()
    {
        var text = new string('あ', 300) + "偽警告" + new string('い', 300);

        var marked = Marked(SearchSnippet.Build(text, "警告", length: 80));

        Assert.StartsWith("…", marked, StringComparison.Ordinal);
        Assert.EndsWith("…", marked, StringComparison.Ordinal);
        Assert.Contains("偽[警告]", marked, StringComparison.Ordinal);
        Assert.InRange(marked.Length, 80, 86);
    }

    [Fact]
    public void OverlappingTerms_AreMarkedOnce_AndNoMatchGivesTheStartOfTheText()
    {
        Assert.Equal("[偽警告]画面", Marked(SearchSnippet.Build("偽警告画面", "偽警 警告")));
        Assert.Equal("本文です", Marked(SearchSnippet.Build("本文です", "見つからない")));
        Assert.Equal("本文です", Marked(SearchSnippet.Build("本文です", null)));
    }

    [Fact]
    public void NeverSplitsASurrogatePair()
    {
        var text = new string('a', 39) + "𠮷野家" + new string('b', 200);

        foreach (var part in SearchSnippet.Build(text, "野家", length: 40))
        {
            Assert.DoesNotContain(part.Text, c => char.IsSurrogate(c) && !part.Text.Contains("𠮷", StringComparison.Ordinal));
        }
    }
}
