using Anshin.Core.Indicators;

namespace Anshin.Tests.Indicators;

public class UrlIndicatorTests
{
    [Theory]
    [InlineData("https://example.com/path")]
    [InlineData("hxxps://example[.]com/path")]
    [InlineData("hXXps://example[.]com/path")]
    [InlineData("h**ps://example(.)com/path")]
    [InlineData("https[:]//example[dot]com/path")]
    [InlineData("hxxps[://]example[DOT]com/path")]
    [InlineData("https://example {.} com/path")]
    [InlineData("ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／ｐａｔｈ")]
    public void Extract_RefangsDefangedUrls(string written)
    {
        var url = Extraction.Single(IndicatorKind.Url, $"SMSのリンク {written} を開いた");

        Assert.Equal("https://example.com/path", url.Value);
        Assert.Equal("hxxps://example[.]com/path", url.Display);
    }

    [Theory]
    [InlineData("hxxp://example[.]com/")]
    [InlineData("h**p://example[.]com/")]
    [InlineData("http://example.com")]
    [InlineData("http://EXAMPLE.com:80/")]
    public void Extract_KeepsThePlainHttpScheme(string written)
    {
        var url = Extraction.Single(IndicatorKind.Url, written);

        Assert.Equal("http://example.com/", url.Value);
        Assert.Equal("hxxp://example[.]com/", url.Display);
    }

    [Fact]
    public void Extract_DropsQueryAndFragmentAndLowerCasesSchemeAndHostOnly()
    {
        var url = Extraction.Single(IndicatorKind.Url, "HTTPS://Secure-Amaz0n.XYZ/Login/Verify?id=123&mail=taro#top");

        Assert.Equal("https://secure-amaz0n.xyz/Login/Verify", url.Value);
    }

    [Fact]
    public void Extract_KeepsAPortOtherThanTheDefault()
    {
        Assert.Equal(
            ["http://example.com:8080/a", "https://example.com/b"],
            Extraction.Values(IndicatorKind.Url, "http://example.com:8080/a と https://example.com:443/b"));
    }

    [Theory]
    [InlineData("https://example.com/login。", "https://example.com/login")]
    [InlineData("(https://example.com/login)", "https://example.com/login")]
    [InlineData("https://example.com/wiki/A_(b)", "https://example.com/wiki/A_(b)")]
    [InlineData("See https://example.com/login.", "https://example.com/login")]
    [InlineData("https://example.com/loginにアクセスした", "https://example.com/login")]
    public void Extract_LeavesSurroundingPunctuationAndJapaneseOutOfTheUrl(string text, string value)
    {
        Assert.Equal([value], Extraction.Values(IndicatorKind.Url, text));
    }

    [Fact]
    public void Extract_KeysAUrlByTheHostItReallyGoesTo()
    {
        var indicators = IndicatorExtractor.Extract("https://www.amazon.co.jp@evil.example.xyz/login");

        Assert.Equal(
            [new Indicator(IndicatorKind.Url, "https://evil.example.xyz/login", "hxxps://evil[.]example[.]xyz/login"),
             new Indicator(IndicatorKind.Domain, "evil.example.xyz", "evil[.]example[.]xyz")],
            indicators);
    }

    [Fact]
    public void Extract_AddsTheDomainOfEachUrlAfterIt()
    {
        var indicators = IndicatorExtractor.Extract("偽サイト https://www.example-support.com/check に誘導された");

        Assert.Equal(
            [new Indicator(IndicatorKind.Url, "https://www.example-support.com/check", "hxxps://www[.]example-support[.]com/check"),
             new Indicator(IndicatorKind.Domain, "example-support.com", "example-support[.]com")],
            indicators);
    }

    [Fact]
    public void Extract_AddsNoDomainForAnIpAddressHost()
    {
        var url = Assert.Single(IndicatorExtractor.Extract("http://192.168.1.10/login を開いた"));

        Assert.Equal(new Indicator(IndicatorKind.Url, "http://192.168.1.10/login", "hxxp://192[.]168[.]1[.]10/login"), url);
    }

    [Fact]
    public void Extract_KeepsPunycodeHostsAsWritten()
    {
        Assert.Equal(
            ["xn--eckwd4c7c.xn--zckzah"],
            Extraction.Values(IndicatorKind.Domain, "https://xn--eckwd4c7c.xn--zckzah/ を開いた"));
    }

    [Theory]
    [InlineData("https://example/")]
    [InlineData("https://-bad-.com/")]
    [InlineData("https://example.com:99999/")]
    [InlineData("https://[2001:db8::1]/")]
    [InlineData("ftp://example.com/file")]
    public void Extract_IgnoresUrlsWithoutAUsableHost(string text)
    {
        Assert.Empty(Extraction.Values(IndicatorKind.Url, text));
    }

    [Fact]
    public void Extract_CutsLongUrlsToTheValueLimit()
    {
        var url = Extraction.Single(IndicatorKind.Url, "https://example.com/" + new string('a', 500));

        Assert.Equal(IndicatorExtractor.MaxValueLength, url.Value.Length);
        Assert.StartsWith("https://example.com/aaa", url.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.com/path")]
    [InlineData("hxxps://sub.example[.]co[.]jp/a.html")]
    [InlineData("http://192.168.1.10:8080/x")]
    [InlineData("https://example.com/r/https://other.example.com/next")]
    [InlineData("HTTP://Example.COM/HTTP://again.example.com")]
    public void Extract_DisplaysUrlsAndDomainsDefanged(string text)
    {
        var shown = IndicatorExtractor.Extract(text).Where(i => i.Kind is IndicatorKind.Url or IndicatorKind.Domain).ToList();

        Assert.NotEmpty(shown);
        Assert.All(shown, i =>
        {
            Assert.DoesNotContain("http://", i.Display, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("https://", i.Display, StringComparison.OrdinalIgnoreCase);
            var host = i.Kind == IndicatorKind.Domain ? i.Display : i.Display.Split("://")[1].Split('/')[0];
            Assert.DoesNotContain(".", host.Replace("[.]", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        });
    }
}
