using Anshin.Core.Content;

namespace Anshin.Tests.Content;

public sealed class MarkdownHtmlTests
{
    [Fact]
    public void Headings_StartAtH2_WithIdsForInPageLinks()
    {
        var html = MarkdownHtml.Render("# Steps\n\n## Restore\n\n### Detail\n\ntext");

        Assert.Contains("<h2 id=\"steps\">Steps</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"restore\">Restore</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"detail\">Detail</h3>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RawHtml_IsShownAsText()
    {
        var html = MarkdownHtml.Render("警告 <script>alert(1)</script> <b onclick=x>太字</b>");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsafeLinksAndImages_LoseTheirTarget()
    {
        var html = MarkdownHtml.Render("[押す](javascript:alert(1)) ![図](data:image/png;base64,AAAA) [IPA](https://www.ipa.go.jp/)");

        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.Ordinal);
        Assert.Contains("押す", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.ipa.go.jp/\" rel=\"noopener noreferrer\">IPA</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TablesListsAndJapaneseText_Render()
    {
        var html = MarkdownHtml.Render("| 手口 | 件数 |\n|---|---|\n| 偽警告 | 12 |\n\n1. 電源を切る\n2. ~~支払う~~ 支払わない\n");

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>偽警告</td>", html, StringComparison.Ordinal);
        Assert.Contains("<li>電源を切る</li>", html, StringComparison.Ordinal);
        Assert.Contains("<del>支払う</del>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ImagesWithoutAlt_AreListed()
    {
        Assert.Equal(["/media/a.png"], MarkdownHtml.ImagesWithoutAlt("![](/media/a.png) ![復元の画面](/media/b.png)"));
    }

    [Fact]
    public void PlainText_IsWhatTheReaderSees_WithoutMarkup()
    {
        var text = MarkdownHtml.PlainText("## 手順\n\n1. **ブラウザー**を閉じる\n2. [復元](/articles/windows-system-restore)する\n\n<script>x</script>");

        Assert.Equal("手順\nブラウザーを閉じる\n復元する\n<script>x</script>", text);
    }
}
