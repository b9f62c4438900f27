using Anshin.Core.Mail;

namespace Anshin.Tests.Mail;

public class HtmlToTextTests
{
    [Fact]
    public void Convert_DropsScriptStyleHeadAndComments()
    {
        var text = HtmlToText.Convert(
            "<html><head><title>t</title><meta charset=utf-8></head><body><style>.a{}</style>本文<!-- 隠し --><script>x()</script></body></html>");

        Assert.Equal("本文", text);
    }

    [Fact]
    public void Convert_TurnsBlocksAndBreaksIntoLines()
    {
        Assert.Equal("一行目\n二行目\n\n段落\n\ndiv", HtmlToText.Convert("一行目<br>二行目<p>段落</p><div>div</div>"));
    }

    [Fact]
    public void Convert_KeepsConsecutiveBreaksButNoMoreThanOneBlankLine()
    {
        Assert.Equal("a\n\nb", HtmlToText.Convert("a<br><br><br><br>b"));
        Assert.Equal("a\n\nb", HtmlToText.Convert("<p>a</p><p></p><p></p><p>b</p>"));
    }

    [Fact]
    public void Convert_MarksListItems()
    {
        Assert.Equal("・ 一\n・ 二\n  1. 入れ子", HtmlToText.Convert("<ul><li>一</li><li>二<ol><li>入れ子</li></ol></li></ul>"));
    }

    [Theory]
    [InlineData("<a href=\"https://anshin.example/\">窓口</a>", "窓口 (https://anshin.example/)")]
    [InlineData("<a href=\"https://anshin.example/\">https://anshin.example/</a>", "https://anshin.example/")]
    [InlineData("<a href=\"mailto:desk@anshin.example\">desk@anshin.example</a>", "desk@anshin.example")]
    [InlineData("<a href=\"#top\">上へ</a>", "上へ")]
    [InlineData("<a href=\"javascript:void(0)\">押す</a>", "押す")]
    [InlineData("<a href='x?a=1&amp;b=2'>x</a>", "x (x?a=1&b=2)")]
    [InlineData("<a href=\"u\">unclosed", "unclosed (u)")]
    public void Convert_ShowsLinkTargetsWhenTheyDifferFromTheText(string html, string expected)
    {
        Assert.Equal(expected, HtmlToText.Convert(html));
    }

    [Theory]
    [InlineData("&amp; &lt; &gt; &quot; &#39; &apos;", "& < > \" ' '")]
    [InlineData("&#x3042;&#12354;&#X3042;", "あああ")]
    [InlineData("a&nbsp;&nbsp;b", "a  b")]
    [InlineData("&copy 2024 &amp", "\u00A9 2024 &")]
    [InlineData("&unknown; &#xZZ; & alone", "&unknown; &#xZZ; & alone")]
    [InlineData("&#128512; &#150; &#0; &#xFFFFFFFF;", "\U0001F600 \u2013 \uFFFD \uFFFD")]
    public void Convert_DecodesCharacterReferences(string html, string expected)
    {
        Assert.Equal(expected, HtmlToText.Convert(html));
    }

    [Fact]
    public void Convert_CollapsesWhitespaceOutsidePre()
    {
        Assert.Equal("a b c\n\n  keep\n    this", HtmlToText.Convert("a \n\t b   c<pre>  keep\n    this</pre>"));
    }

    [Fact]
    public void Convert_SeparatesTableCells()
    {
        Assert.Equal("名前 電話\n山田 03", HtmlToText.Convert("<table><tr><th>名前</th><th>電話</th></tr><tr><td>山田</td><td>03</td></tr></table>"));
    }

    [Fact]
    public void Convert_WritesImageAltText()
    {
        Assert.Equal("ロゴ 本文", HtmlToText.Convert("<img src=x alt=\"ロゴ\">本文<img src=pixel.gif>"));
    }

    [Theory]
    [InlineData("<")]
    [InlineData("<<<>>>")]
    [InlineData("a < b > c")]
    [InlineData("<p class=\"unterminated>text</p>")]
    [InlineData("<!-- never closed")]
    [InlineData("<script>never closed")]
    [InlineData("<head>no end of head<p>body text")]
    [InlineData("</>")]
    [InlineData("<a href=>")]
    public void Convert_ToleratesBrokenMarkup(string html)
    {
        _ = HtmlToText.Convert(html);
    }

    [Fact]
    public void Convert_KeepsTextWhenTheHeadNeverEnds()
    {
        Assert.Contains("body text", HtmlToText.Convert("<head><title>x</title>no end of head<p>body text"), StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_KeepsLessThanSignsThatAreNotTags()
    {
        Assert.Equal("1 < 2 and 3 > 2", HtmlToText.Convert("1 < 2 and 3 > 2"));
    }

    [Fact]
    public void Convert_StaysLinearOnPathologicalInput()
    {
        var html = string.Concat(Enumerable.Repeat("<!--<a href='<p x=\"", 20000)) + new string('<', 50000);

        _ = HtmlToText.Convert(html);
    }

    [Fact]
    public void Convert_ReturnsEmptyForNullOrEmpty()
    {
        Assert.Equal(string.Empty, HtmlToText.Convert(null));
        Assert.Equal(string.Empty, HtmlToText.Convert(string.Empty));
    }
}
