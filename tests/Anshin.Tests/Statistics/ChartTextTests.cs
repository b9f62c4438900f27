using Anshin.Core.Statistics;

namespace Anshin.Tests.Statistics;

public sealed class ChartTextTests
{
    [Fact]
    public void Width_CountsJapaneseAsWideAndLatinAsNarrow()
    {
        Assert.Equal(20, ChartText.Width("詐欺", 10));
        Assert.Equal(12, ChartText.Width("ab", 10), precision: 6);
    }

    [Fact]
    public void Wrap_BreaksJapaneseBetweenCharacters()
    {
        Assert.Equal(["一二三", "四五六"], ChartText.Wrap("一二三四五六", 30, 10, 2));
    }

    [Fact]
    public void Wrap_BreaksLatinAtSpaces()
    {
        Assert.Equal(["Tech support", "scam"], ChartText.Wrap("Tech support scam", 80, 10, 2));
    }

    [Fact]
    public void Wrap_EndsWithAnEllipsis_WhenTheLinesRunOut()
    {
        Assert.Equal(["一二三", "四五…"], ChartText.Wrap("一二三四五六七八", 30, 10, 2));
    }

    [Fact]
    public void Wrap_FlattensLineBreaksAndKeepsShortTextWhole()
    {
        Assert.Equal(["a b"], ChartText.Wrap("  a\r\n\tb  ", 100, 10, 2));
        Assert.Equal([""], ChartText.Wrap("", 100, 10, 2));
    }

    [Fact]
    public void Escape_ReplacesMarkupAndCharactersXmlForbids()
    {
        Assert.Equal("&lt;a href=&quot;x&quot;&gt;&amp;'&#10;\uFFFD\uFFFD🛡", SvgWriter.Escape("<a href=\"x\">&'\n\u0001\uDC00🛡"));
    }
}
