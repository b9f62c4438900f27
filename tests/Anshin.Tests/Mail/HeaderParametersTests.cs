using Anshin.Core.Mail;

namespace Anshin.Tests.Mail;

public class HeaderParametersTests
{
    [Fact]
    public void MediaType_IsLowerCasedWithoutComments()
    {
        var parameters = HeaderParameters.Parse("Text/HTML (rich text); Charset=\"UTF-8\"");

        Assert.Equal("text/html", parameters.Value);
        Assert.Equal("UTF-8", parameters["charset"]);
    }

    [Fact]
    public void Rfc2231_DecodesCharsetAndPercentEscapes()
    {
        var parameters = HeaderParameters.Parse("attachment; filename*=UTF-8''%E8%A6%8B%E7%A9%8D.pdf");

        Assert.Equal("見積.pdf", parameters["filename"]);
    }

    [Fact]
    public void Rfc2231_JoinsContinuationsInIndexOrder()
    {
        var parameters = HeaderParameters.Parse(
            "attachment; filename*1*=%E7%A9%8D; filename*0*=utf-8'ja'%E8%A6%8B; filename*2=\".pdf\"; filename=\"fallback.pdf\"");

        Assert.Equal("見積.pdf", parameters["filename"]);
    }

    [Fact]
    public void Rfc2231_DecodesContinuationsThatCarryIso2022Jp()
    {
        var parameters = HeaderParameters.Parse("attachment; filename*0*=iso-2022-jp''%1B%24B8%2B%40Q%1B%28B; filename*1=.pdf");

        Assert.Equal("見積.pdf", parameters["filename"]);
    }

    [Fact]
    public void EncodedWordsInQuotedNames_AreDecoded()
    {
        var parameters = HeaderParameters.Parse("application/pdf; name=\"=?ISO-2022-JP?B?GyRCOCtAURsoQg==?=.pdf\"");

        Assert.Equal("見積.pdf", parameters["name"]);
    }

    [Fact]
    public void QuotedValues_KeepSemicolonsAndWindowsBackslashes()
    {
        var parameters = HeaderParameters.Parse("attachment; filename=\"C:\\temp\\a;b \\\"c\\\".txt\"; size=12");

        Assert.Equal("C:\\temp\\a;b \"c\".txt", parameters["filename"]);
        Assert.Equal("12", parameters["size"]);
    }

    [Fact]
    public void FirstOccurrence_Wins()
    {
        Assert.Equal("one", HeaderParameters.Parse("multipart/mixed; boundary=one; boundary=two")["boundary"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData(";;;")]
    [InlineData("text/plain; =x; name")]
    [InlineData("text/plain; name=\"unterminated")]
    [InlineData("a; b*99999999999*=x; c*=''; d*0*=%Z")]
    public void Malformed_ParametersNeverThrow(string field)
    {
        _ = HeaderParameters.Parse(field);
    }

    [Fact]
    public void Unterminated_QuotedValueRunsToTheEnd()
    {
        Assert.Equal("report.pdf", HeaderParameters.Parse("attachment; filename=\"report.pdf")["filename"]);
    }
}
