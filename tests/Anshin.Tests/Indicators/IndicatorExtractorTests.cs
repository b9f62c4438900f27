using System.Diagnostics;
using System.Text;
using Anshin.Core.Indicators;

namespace Anshin.Tests.Indicators;

// Reproducible pseudo-random text, not security: a fixed seed makes every failure replayable.
#pragma warning disable CA5394

public class IndicatorExtractorTests
{
    private const int Seed = 20260514;

    [Fact]
    public void Extract_FindsTheIndicatorsOfAFakeVirusWarning()
    {
        const string text =
            "パソコンでニュースを見ていたら、突然警告音が鳴り「ウイルスに感染しました。Microsoftサポート " +
            "０１２０－９８７－６５４ にすぐお電話ください」と表示された。画面のアドレスは " +
            "hxxps://ms-support-alert[.]xyz/warning?id=8812 だった。電話すると片言の日本語の男性が出て、" +
            "遠隔操作ソフトを入れさせられた。その後、修理代としてAppleギフトカードを5万円分コンビニで購入し、" +
            "裏面の番号を教えるよう言われた。";

        Assert.Equal(
            [
                new Indicator(IndicatorKind.PhoneNumber, "0120987654", "0120-987-654"),
                new Indicator(IndicatorKind.Url, "https://ms-support-alert.xyz/warning", "hxxps://ms-support-alert[.]xyz/warning"),
                new Indicator(IndicatorKind.Domain, "ms-support-alert.xyz", "ms-support-alert[.]xyz"),
                new Indicator(IndicatorKind.EmoneyDemand, "apple", "Apple Gift Card"),
                new Indicator(IndicatorKind.Amount, "JPY:50000", "50,000円"),
            ],
            IndicatorExtractor.Extract(text));
    }

    [Fact]
    public void Extract_FindsTheIndicatorsOfAParcelSms()
    {
        const string text = "送信元は「SAGAWA」でした。本文：お荷物のお届けにあがりましたが不在の為持ち帰りました。" +
            "配送物は下記よりご確認ください。http://sagawa-ex(.)cc/?p=1 \n" +
            "翌日 +81 80-1234-5678 から電話があった。";

        Assert.Equal(
            [
                new Indicator(IndicatorKind.SmsSender, "SAGAWA", "SAGAWA"),
                new Indicator(IndicatorKind.Url, "http://sagawa-ex.cc/", "hxxp://sagawa-ex[.]cc/"),
                new Indicator(IndicatorKind.Domain, "sagawa-ex.cc", "sagawa-ex[.]cc"),
                new Indicator(IndicatorKind.PhoneNumber, "08012345678", "080-1234-5678"),
            ],
            IndicatorExtractor.Extract(text));
    }

    [Fact]
    public void Extract_KeepsTheSameNumberWrittenTwoWaysOnce()
    {
        var indicators = IndicatorExtractor.Extract("０１２０－１２３－４５６ に電話し、さらに 0120 123 456 と +81 120-123-456 にもかけた");

        Assert.Equal([new Indicator(IndicatorKind.PhoneNumber, "0120123456", "0120-123-456")], indicators);
    }

    [Fact]
    public void Extract_KeepsTheSameUrlPlainAndDefangedOnce()
    {
        var indicators = IndicatorExtractor.Extract("https://evil.xyz/a?x=1 と hxxps://evil[.]xyz/a#top");

        Assert.Equal([IndicatorKind.Url, IndicatorKind.Domain], indicators.Select(i => i.Kind));
    }

    [Fact]
    public void Extract_ReturnsIndicatorsInOrderOfFirstAppearance()
    {
        var indicators = IndicatorExtractor.Extract(
            "10万円を請求され、evil.xyz を見て、送信元「AMAZON」、https://evil.xyz/x、090-1234-5678 に電話した");

        Assert.Equal(
            [IndicatorKind.Amount, IndicatorKind.Domain, IndicatorKind.SmsSender, IndicatorKind.Url, IndicatorKind.PhoneNumber],
            indicators.Select(i => i.Kind));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("特に怪しい点はなかった。")]
    public void Extract_ReturnsNothingForEmptyOrOrdinaryText(string? text)
    {
        Assert.Empty(IndicatorExtractor.Extract(text));
    }

    [Fact]
    public void Extract_CapsTheNumberOfIndicators()
    {
        var text = string.Join("、", Enumerable.Range(0, 200).Select(i => $"090-1234-{i:0000}"));

        var indicators = IndicatorExtractor.Extract(text);

        Assert.Equal(IndicatorExtractor.MaxIndicators, indicators.Count);
        Assert.Equal("09012340000", indicators[0].Value);
    }

    [Theory]
    [InlineData("hxxps://example[.com/(path")]
    [InlineData("((((((((((0120-123-456")]
    [InlineData("[[[[[.]]]]] (.)(.)(.) [dot][dot] hxxp:// h**p://[.] ")]
    [InlineData("「「「送信元「「「")]
    [InlineData("https://")]
    [InlineData("http://.")]
    [InlineData("+")]
    [InlineData("¥")]
    [InlineData("万円")]
    [InlineData("\uD800 0120-123-456 \uDC00")]
    [InlineData("\uFFFE\uFFFF\uDBFF")]
    public void Extract_SurvivesUnbalancedAndBrokenInput(string text)
    {
        var indicators = IndicatorExtractor.Extract(text);

        Assert.All(indicators, i => Assert.InRange(i.Value.Length, 1, IndicatorExtractor.MaxValueLength));
    }

    [Fact]
    public void Extract_HandlesAHundredKilobytesOfRandomTextQuickly()
    {
        var random = new Random(Seed);
        var text = new string([.. Enumerable.Range(0, 100_000).Select(_ => (char)random.Next(0, 0x10000))]);

        var watch = Stopwatch.StartNew();
        var indicators = IndicatorExtractor.Extract(text);

        Assert.InRange(indicators.Count, 0, IndicatorExtractor.MaxIndicators);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Extract_HandlesAHundredKilobytesOfIndicatorLikeNoiseQuickly()
    {
        string[] pieces =
        [
            "0", "1", "9", "12", "0120", "090", "+", "+81", "-", "ー", " ", "(", ")", "[", "]", ".", "[.]", "(.)",
            "[dot]", ",", "/", ":", "@", "http", "hxxps://", "www.", "a", "Z", "com", "xyz", "co.jp", "円", "万",
            "千", "¥", "$", "USD", "送信元", "from", "「", "」", "Apple", "ギフト", "購入", "。", "\n", "ー",
        ];
        var random = new Random(Seed);
        var text = new StringBuilder();
        while (text.Length < 100_000)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        var watch = Stopwatch.StartNew();
        var indicators = IndicatorExtractor.Extract(text.ToString());

        Assert.InRange(indicators.Count, 1, IndicatorExtractor.MaxIndicators);
        Assert.All(indicators, i => Assert.InRange(i.Value.Length, 1, IndicatorExtractor.MaxValueLength));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData('0')]
    [InlineData('a')]
    [InlineData('.')]
    [InlineData('-')]
    [InlineData('[')]
    public void Extract_HandlesAHundredKilobytesOfOneCharacterQuickly(char c)
    {
        var watch = Stopwatch.StartNew();

        var indicators = IndicatorExtractor.Extract(new string(c, 100_000));

        Assert.Empty(indicators);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
