using Anshin.Core.Redaction;

namespace Anshin.Tests.Redaction;

public class RedactionDetectorTests
{
    [Fact]
    public void Detect_ReturnsMatchesSortedByStart()
    {
        var matches = Redactions.Detect("〒113-0021 東京都文京区本駒込2-28-8 電話03-1234-5678 taro@example.jp");

        Assert.Equal(
            [RedactionKind.PostalCode, RedactionKind.Address, RedactionKind.Phone, RedactionKind.Email],
            matches.Select(m => m.Kind));
        Assert.Equal(matches.OrderBy(m => m.Start).Select(m => m.Start), matches.Select(m => m.Start));
    }

    [Fact]
    public void Detect_ReportsOffsetsInTheOriginalText()
    {
        const string text = "ＴＥＬ：０９０－１２３４－５６７８　ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ";

        var matches = Redactions.Detect(text);

        Assert.All(matches, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
        Assert.Equal(["０９０－１２３４－５６７８", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"], matches.Select(m => m.Text));
    }

    [Fact]
    public void Detect_KeepsTheLongerOfOverlappingMatches()
    {
        // The e-mail address inside the query is part of the URL, and the IPv4 tail is part of the IPv6 address.
        var matches = Redactions.Detect("https://example.jp/?email=taro@example.jp と ::ffff:192.0.2.128");

        Assert.Equal([RedactionKind.Url, RedactionKind.IpAddress], matches.Select(m => m.Kind));
        Assert.Equal("::ffff:192.0.2.128", matches[1].Text);
    }

    [Fact]
    public void Detect_PrefersTheKnownValueWhenSpansAreEqual()
    {
        var match = Assert.Single(Redactions.Detect("連絡先 03-1234-5678", "03-1234-5678"));

        Assert.Equal(RedactionKind.Phone, match.Kind);
    }

    [Fact]
    public void Detect_FindsNothingInAnOrdinaryConsultation()
    {
        const string text = "2024年1月15日、東京都の窓口に相談があった。受付番号2026-001234。" +
            "https://www.ipa.go.jp/ を案内し、Windows 10.0.19045 の更新を勧めた。料金は3,980円。";

        Assert.Empty(Redactions.Detect(text));
    }

    [Fact]
    public void Detect_HandlesCharactersOutsideTheBasicPlane()
    {
        const string text = "𠮷野家で𩸽を食べた𠮷田さん 090-1234-5678";

        var match = Assert.Single(Redactions.Detect(text));

        Assert.Equal("090-1234-5678", text.Substring(match.Start, match.Length));
    }

    [Fact]
    public void Detect_RejectsNullArguments()
    {
        Assert.Throws<ArgumentNullException>(() => new RedactionDetector(null!));
        Assert.Throws<ArgumentNullException>(() => new RedactionDetector([]).Detect(null!));
    }
}
