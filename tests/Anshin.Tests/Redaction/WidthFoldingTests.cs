using Anshin.Core.Redaction;

namespace Anshin.Tests.Redaction;

public class WidthFoldingTests
{
    [Theory]
    [InlineData("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "taro@example.jp")]
    [InlineData("０９０ー１２３４―５６７８", "090-1234-5678")]
    [InlineData("山田　太郎", "山田 太郎")]
    [InlineData("‐‑‒–—―−ｰ", "--------")]
    public void Fold_TurnsWidthAndDashVariantsIntoAscii(string text, string expected)
    {
        Assert.Equal(expected, WidthFolding.Fold(text));
    }

    [Fact]
    public void Fold_ReturnsTheSameInstanceWhenNothingChanges()
    {
        const string text = "東京都文京区 090-1234-5678 ｶﾀｶﾅ";

        Assert.Same(text, WidthFolding.Fold(text));
    }
}
