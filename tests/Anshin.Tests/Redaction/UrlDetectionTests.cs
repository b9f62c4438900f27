using Anshin.Core.Redaction;

namespace Anshin.Tests.Redaction;

public class UrlDetectionTests
{
    [Theory]
    [InlineData("https://example.jp/members/123456")]
    [InlineData("http://example.jp/reset/3f9a8b7c6d2e")]
    [InlineData("https://example.jp/login?session=abc")]
    [InlineData("https://example.jp/?email=taro@example.jp")]
    [InlineData("https://example.jp/track?x")]
    [InlineData("https://taro:secret@example.jp/")]
    [InlineData("https://example.jp/app#token=Zx81Kq0PwL")]
    [InlineData("www.example.jp/u/98765")]
    [InlineData("hxxps://amaz0n-security.example/verify?id=42")]
    public void Detect_FindsUrlsCarryingIdentifiers(string url)
    {
        Assert.Equal([url], Redactions.Found(RedactionKind.Url, $"届いたリンク{url}を開いた"));
    }

    [Fact]
    public void Detect_LeavesSentencePunctuationOutOfTheUrl()
    {
        Assert.Equal(
            ["https://example.jp/orders/20240115"],
            Redactions.Found(RedactionKind.Url, "See https://example.jp/orders/20240115."));
    }

    [Fact]
    public void Detect_FindsFullWidthUrls()
    {
        Assert.Equal(["ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｊｐ／ｕ／１２３４"], Redactions.Found(RedactionKind.Url, "ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｊｐ／ｕ／１２３４"));
    }

    [Theory]
    [InlineData("https://www.ipa.go.jp/")]
    [InlineData("https://example.com/security/")]
    [InlineData("http://amaz0n-co-jp.example")]
    [InlineData("https://www.ipa.go.jp/security/anshin/index.html")]
    [InlineData("www.example.jp")]
    [InlineData("https://example.jp/news/2fa-setup/")]
    public void Detect_LeavesUrlsWithoutIdentifiers(string url)
    {
        Assert.Empty(Redactions.Detect($"偽サイト{url}に誘導された"));
    }
}
