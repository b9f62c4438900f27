using Anshin.Core.Indicators;

namespace Anshin.Tests.Indicators;

public class PhoneNumberIndicatorTests
{
    [Theory]
    [InlineData("0120-123-456", "0120123456", "0120-123-456")]
    [InlineData("０１２０－１２３－４５６", "0120123456", "0120-123-456")]
    [InlineData("0120 123 456", "0120123456", "0120-123-456")]
    [InlineData("0120123456", "0120123456", "0120-123-456")]
    [InlineData("0800-123-4567", "08001234567", "0800-123-4567")]
    [InlineData("0570-064-334", "0570064334", "0570-064-334")]
    [InlineData("050-1234-5678", "05012345678", "050-1234-5678")]
    [InlineData("０５０ー１２３４ー５６７８", "05012345678", "050-1234-5678")]
    [InlineData("090 ー 1234 ー 5678", "09012345678", "090-1234-5678")]
    [InlineData("TEL:0120-123-456", "0120123456", "0120-123-456")]
    [InlineData("090 1234 5678", "09012345678", "090-1234-5678")]
    [InlineData("07012345678", "07012345678", "070-1234-5678")]
    [InlineData("(03)1234-5678", "0312345678", "03-1234-5678")]
    [InlineData("０３（１２３４）５６７８", "0312345678", "03-1234-5678")]
    [InlineData("06-1234-5678", "0612345678", "06-1234-5678")]
    [InlineData("045-123-4567", "0451234567", "0451234567")]
    [InlineData("0466-12-3456", "0466123456", "0466123456")]
    public void Extract_FindsJapaneseNumbersAsDigits(string written, string value, string display)
    {
        var phone = Extraction.Single(IndicatorKind.PhoneNumber, $"画面に「サポート窓口 {written} にお電話ください」と出た");

        Assert.Equal(value, phone.Value);
        Assert.Equal(display, phone.Display);
    }

    [Theory]
    [InlineData('-')]
    [InlineData('\u2010')]
    [InlineData('\u2011')]
    [InlineData('\u2012')]
    [InlineData('\u2013')]
    [InlineData('\u2014')]
    [InlineData('\u2015')]
    [InlineData('\u2212')]
    [InlineData('\u30FC')]
    [InlineData('\uFF70')]
    [InlineData('\uFE63')]
    [InlineData('\uFF0D')]
    public void Extract_ReadsEveryHyphenVariantBetweenDigits(char hyphen)
    {
        Assert.Equal(["0120123456"], Extraction.Values(IndicatorKind.PhoneNumber, $"0120{hyphen}123{hyphen}456に電話した"));
    }

    [Theory]
    [InlineData("+81 3-1234-5678", "0312345678", "03-1234-5678")]
    [InlineData("+81-90-1234-5678", "09012345678", "090-1234-5678")]
    [InlineData("+81(0)3-1234-5678", "0312345678", "03-1234-5678")]
    [InlineData("+81 090 1234 5678", "09012345678", "090-1234-5678")]
    [InlineData("＋８１　９０　１２３４　５６７８", "09012345678", "090-1234-5678")]
    public void Extract_TurnsJapaneseInternationalFormIntoDomesticDigits(string written, string value, string display)
    {
        var phone = Extraction.Single(IndicatorKind.PhoneNumber, $"SMSの送信元は{written}でした");

        Assert.Equal(value, phone.Value);
        Assert.Equal(display, phone.Display);
    }

    [Theory]
    [InlineData("+1-202-555-0143", "+12025550143", "+1-202-555-0143")]
    [InlineData("+1 (202) 555-0143", "+12025550143", "+1-202-555-0143")]
    [InlineData("+44 20 7946 0958", "+442079460958", "+44-2079460958")]
    [InlineData("+44 (0)20 7946 0958", "+442079460958", "+44-2079460958")]
    [InlineData("+63 917 123 4567", "+639171234567", "+63-9171234567")]
    [InlineData("+999 1234 5678", "+99912345678", "+99912345678")]
    public void Extract_KeepsOtherInternationalNumbersWithThePlus(string written, string value, string display)
    {
        var phone = Extraction.Single(IndicatorKind.PhoneNumber, $"Call {written} now to unlock your PC");

        Assert.Equal(value, phone.Value);
        Assert.Equal(display, phone.Display);
    }

    [Fact]
    public void Extract_FindsTwoNumbersSideBySide()
    {
        Assert.Equal(
            ["09012345678", "0312345678"],
            Extraction.Values(IndicatorKind.PhoneNumber, "090-1234-5678 03-1234-5678"));
    }

    [Fact]
    public void Extract_FindsTheNumberBeforeAParenthesisedNote()
    {
        Assert.Equal(["0120123456"], Extraction.Values(IndicatorKind.PhoneNumber, "0120-123-456（24時間受付）"));
    }

    [Theory]
    [InlineData("2024-05-01に電話があった")]
    [InlineData("2024/5/1に電話があった")]
    [InlineData("受付番号 2026-000123 の件")]
    [InlineData("50,000円を請求された")]
    [InlineData("請求額は12,345,678円")]
    [InlineData("カード番号 4111 1111 1111 1111 を入力した")]
    [InlineData("カード番号 0123 4567 8901 2345 を入力した")]
    [InlineData("カード番号 4111111111111111 を入力した")]
    [InlineData("〒100-0001 東京都千代田区")]
    [InlineData("郵便番号 100-0001")]
    [InlineData("〒060-0001 札幌市")]
    [InlineData("Windows 10.0.19045 を利用")]
    [InlineData("IPアドレスは 192.168.100.200 でした")]
    [InlineData("03-1234-567 は桁が足りない")]
    [InlineData("090-1234-56789 は桁が多い")]
    [InlineData("03-1234-5678-9 は別の番号")]
    [InlineData("注文番号 1-03-1234-5678")]
    [InlineData("0012345678 は市外局番がない")]
    [InlineData("+1 234 567 は短い")]
    [InlineData("+81 12 は短い")]
    [InlineData("ID: A0312345678")]
    public void Extract_IgnoresNumbersThatAreNotPhoneNumbers(string text)
    {
        Assert.Empty(Extraction.Values(IndicatorKind.PhoneNumber, text));
    }

    [Fact]
    public void Extract_IgnoresDigitsInsideUrlsAndEmailAddresses()
    {
        const string text = "https://example.com/call/0312345678 と 0312345678@example.com に連絡";

        Assert.Empty(Extraction.Values(IndicatorKind.PhoneNumber, text));
    }

    [Fact]
    public void Extract_ReportsAPhoneSenderAsAPhoneNumberNotAnSmsSender()
    {
        var indicators = IndicatorExtractor.Extract("送信元は090-1234-5678でした");

        var phone = Assert.Single(indicators);
        Assert.Equal(IndicatorKind.PhoneNumber, phone.Kind);
    }
}
