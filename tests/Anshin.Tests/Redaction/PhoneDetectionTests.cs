using Anshin.Core.Redaction;

namespace Anshin.Tests.Redaction;

public class PhoneDetectionTests
{
    [Theory]
    [InlineData("090-1234-5678")]
    [InlineData("080 1234 5678")]
    [InlineData("07012345678")]
    [InlineData("050-1234-5678")]
    public void Detect_FindsMobileAndIpPhoneNumbers(string number)
    {
        Assert.Equal([number], Redactions.Found(RedactionKind.Phone, $"電話番号は{number}です。"));
    }

    [Theory]
    [InlineData("03-1234-5678")]
    [InlineData("045-123-4567")]
    [InlineData("0466-12-3456")]
    [InlineData("01267-2-3456")]
    [InlineData("03(1234)5678")]
    [InlineData("(03)1234-5678")]
    [InlineData("0312345678")]
    public void Detect_FindsLandlineNumbers(string number)
    {
        Assert.Equal([number], Redactions.Found(RedactionKind.Phone, $"TEL:{number}まで"));
    }

    [Theory]
    [InlineData("0120-123-456")]
    [InlineData("0800-123-4567")]
    [InlineData("0570-064-334")]
    public void Detect_FindsTollFreeAndNavigationNumbers(string number)
    {
        Assert.Equal([number], Redactions.Found(RedactionKind.Phone, $"フリーダイヤル {number} に電話した"));
    }

    [Theory]
    [InlineData("０９０－１２３４－５６７８")]
    [InlineData("０９０ー１２３４ー５６７８")]
    [InlineData("090−1234−5678")]
    [InlineData("０３（１２３４）５６７８")]
    public void Detect_FindsFullWidthMobileNumbers(string number)
    {
        Assert.Equal([number], Redactions.Found(RedactionKind.Phone, $"携帯{number}から着信"));
    }

    [Theory]
    [InlineData("+81-90-1234-5678")]
    [InlineData("+81 3 1234 5678")]
    [InlineData("+819012345678")]
    [InlineData("+81(0)3-1234-5678")]
    [InlineData("＋８１－９０－１２３４－５６７８")]
    public void Detect_FindsInternationalForm(string number)
    {
        Assert.Equal([number], Redactions.Found(RedactionKind.Phone, $"SMSの送信元は{number}でした"));
    }

    [Fact]
    public void Detect_FindsTwoNumbersSideBySide()
    {
        Assert.Equal(
            ["090-1234-5678", "03-1234-5678"],
            Redactions.Found(RedactionKind.Phone, "090-1234-5678 03-1234-5678"));
    }

    [Theory]
    [InlineData("2024-01-15に受付")]
    [InlineData("受付番号2026-001234の件")]
    [InlineData("請求額は12,345,678円")]
    [InlineData("Windows 10.0.19045 を利用")]
    [InlineData("内線 0123 に転送")]
    [InlineData("03-1234-567 は桁が足りない")]
    [InlineData("090-1234-56789 は桁が多い")]
    [InlineData("0012345678 は市外局番がない")]
    [InlineData("+1-202-555-0143 は海外の番号")]
    public void Detect_IgnoresNumbersThatAreNotJapanesePhoneNumbers(string text)
    {
        Assert.Empty(Redactions.Found(RedactionKind.Phone, text));
    }

    [Fact]
    public void Detect_IgnoresPhoneShapedDigitsInsideALongerNumber()
    {
        Assert.Empty(Redactions.Found(RedactionKind.Phone, "注文番号 1-03-1234-5678-9"));
    }
}
