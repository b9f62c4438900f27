using Anshin.Core.Indicators;

namespace Anshin.Tests.Indicators;

public class DomainIndicatorTests
{
    [Theory]
    [InlineData("example-support.com にアクセスするよう表示された", "example-support.com", "example-support[.]com")]
    [InlineData("偽サイトexample-support.comにアクセスした", "example-support.com", "example-support[.]com")]
    [InlineData("amaz0n-security[.]xyz から SMS が来た", "amaz0n-security.xyz", "amaz0n-security[.]xyz")]
    [InlineData("amaz0n-security(.)xyz", "amaz0n-security.xyz", "amaz0n-security[.]xyz")]
    [InlineData("amaz0n-security[dot]xyz", "amaz0n-security.xyz", "amaz0n-security[.]xyz")]
    [InlineData("ＡＭＡＺ０Ｎ－ＳＥＣＵＲＩＴＹ．ＸＹＺ", "amaz0n-security.xyz", "amaz0n-security[.]xyz")]
    [InlineData("www.example.co.jp を見た", "example.co.jp", "example[.]co[.]jp")]
    [InlineData("Amazon.co.jpを名乗るメール", "amazon.co.jp", "amazon[.]co[.]jp")]
    [InlineData("secure-login.top/verify を開いた", "secure-login.top", "secure-login[.]top")]
    [InlineData("URL:pay-check.shop", "pay-check.shop", "pay-check[.]shop")]
    public void Extract_FindsBareDomainsWithAKnownTopLevelDomain(string text, string value, string display)
    {
        var domain = Extraction.Single(IndicatorKind.Domain, text);

        Assert.Equal(value, domain.Value);
        Assert.Equal(display, domain.Display);
    }

    [Theory]
    [InlineData("a@b.com に返信した")]
    [InlineData("taro.yamada@example.co.jp から届いた")]
    [InlineData("support@amaz0n[.]xyz から届いた")]
    [InlineData("support[at]amaz0n[.]xyz から届いた")]
    [InlineData("support(@)amaz0n(.)xyz から届いた")]
    [InlineData("ＴＡＲＯ＠ＥＸＡＭＰＬＥ．ＣＯＭ")]
    [InlineData("setup.exe をダウンロードした")]
    [InlineData("report.pdf と invoice.docx が添付されていた")]
    [InlineData("README.md と setup.py")]
    [InlineData("Node.js と Vue.js を使っている")]
    [InlineData("ASP.NET のアプリ")]
    [InlineData("Windows 10.0.19045 を利用")]
    [InlineData("version 1.2.3 に更新")]
    [InlineData("e.g. this")]
    [InlineData("example.com.evil の続き")]
    public void Extract_IgnoresAddressesFileNamesAndVersions(string text)
    {
        Assert.Empty(Extraction.Values(IndicatorKind.Domain, text));
    }

    [Fact]
    public void Extract_KeepsADomainOnceWhereverItIsWritten()
    {
        const string text = "example-support.com と表示され、https://example-support.com/a と hxxps://www[.]example-support[.]com/b も開いた";

        Assert.Equal(["example-support.com"], Extraction.Values(IndicatorKind.Domain, text));
    }
}
