using Anshin.Core.Content;

namespace Anshin.Tests.Content;

public sealed class SafeHtmlTests
{
    /// <summary>Payloads from the usual filter-evasion lists: each must come out without anything that runs.</summary>
    public static TheoryData<string> Payloads() =>
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"javascript:alert('x')\">",
        "<IMG SRC=JaVaScRiPt:alert('x')>",
        "<img src=\"jav&#x09;ascript:alert(1)\">",
        "<img src=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a href=\" &#14;  javascript:alert(1)\">click</a>",
        "<a href=\"java\nscript:alert(1)\">click</a>",
        "<a href=\"vbscript:msgbox(1)\">click</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
        "<svg onload=alert(1)><circle r=1 /></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<body onload=alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p style=\"x:expression(alert(1))\">x</p>",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<marquee onstart=alert(1)>x</marquee>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<template><script>alert(1)</script></template>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<a href=\"#\" onclick=\"alert(1)\">x</a>",
        "<p onmouseover=alert(1)>hover</p>",
        "<<script>alert(1);//<</script>",
        "<scr<script>ipt>alert(1)</script>",
        "<img \"\"\"><script>alert(1)</script>\">",
        "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
        "<xmp><img src=x onerror=alert(1)></xmp>",
        "<style>@import 'javascript:alert(1)';</style>",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<a href=\"https://example.jp\" target=\"_blank\" formaction=\"javascript:alert(1)\">x</a>",
        "<img srcset=\"javascript:alert(1) 1x\" src=\"/ok.png\" alt=\"ok\">",
        "<h2 id='\" onmouseover=alert(1) x=\"'>x</h2>",
        "<code class=\"x\" onclick=alert(1)>x</code>",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Payload_LeavesNothingThatRuns(string payload)
    {
        var clean = SafeHtml.Clean(payload);

        Assert.DoesNotMatch("(?i)<\\s*(script|style|iframe|object|embed|svg|math|form|input|button|meta|base|link|template|body|details|marquee)", clean);
        Assert.DoesNotMatch("(?i)\\son[a-z]+\\s*=", clean);
        Assert.DoesNotMatch("(?i)(href|src|action|formaction|background|srcset)\\s*=\\s*\"?\\s*(java|vb)script", clean);
        Assert.DoesNotMatch("(?i)\\s(style|srcset|target|formaction|background)\\s*=", clean);
        Assert.DoesNotContain("data:", clean, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void OrdinaryArticleMarkup_IsKeptAsItIs()
    {
        const string html = "<h2 id=\"steps\">手順</h2><p>まず<strong>電源</strong>を<em>切らずに</em>、<a href=\"/contact\">窓口</a>へ。</p>"
            + "<ol start=\"2\"><li>一つ目</li></ol><table><thead><tr><th scope=\"col\">項目</th></tr></thead><tbody><tr><td>値</td></tr></tbody></table>"
            + "<pre><code class=\"language-powershell\">Get-Process</code></pre><img src=\"/media/restore.png\" alt=\"システムの復元の画面\">";

        Assert.Equal(html, SafeHtml.Clean(html));
    }

    [Fact]
    public void UnknownElements_AreReplacedByTheirText()
    {
        Assert.Equal("<p>大事なお知らせ</p>", SafeHtml.Clean("<div><p><span class=\"x\">大事な</span><font color=red>お知らせ</font></p></div>"));
    }

    [Fact]
    public void LinksLeavingTheSite_GetNoopener_OnesWithinDoNot()
    {
        var clean = SafeHtml.Clean("<a href=\"https://www.ipa.go.jp/\">IPA</a> <a href=\"https://anshin.example/help\">help</a> <a href=\"//evil.example/\">x</a> <a href=\"mailto:desk@anshin.example\">m</a>", "anshin.example");

        Assert.Equal(
            "<a href=\"https://www.ipa.go.jp/\" rel=\"noopener noreferrer\">IPA</a> <a href=\"https://anshin.example/help\">help</a> "
            + "<a href=\"//evil.example/\" rel=\"noopener noreferrer\">x</a> <a href=\"mailto:desk@anshin.example\">m</a>",
            clean);
    }

    [Fact]
    public void LinkWithUnsafeTarget_KeepsOnlyItsText()
    {
        Assert.Equal("<p>ここを押す</p>", SafeHtml.Clean("<p><a href=\"javascript:alert(1)\">ここを押す</a></p>"));
    }

    [Theory]
    [InlineData("https://example.jp/a", true)]
    [InlineData("/articles/fake-warning", true)]
    [InlineData("#steps", true)]
    [InlineData("articles/a:b", true)]
    [InlineData("?q=a:b", true)]
    [InlineData("tel:03-1234-5678", true)]
    [InlineData("mailto:desk@example.jp", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" JAVASCRIPT:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("1javascript:x", false)]
    public void IsSafeLink_AllowsWebMailPhoneAndRelativeOnly(string url, bool safe)
    {
        Assert.Equal(safe, SafeHtml.IsSafeLink(url));
    }
}
