using Anshin.Core.Indicators;

namespace Anshin.Tests.Indicators;

public class EmoneyDemandIndicatorTests
{
    [Theory]
    [InlineData("Appleギフトカードを買ってくださいと言われた", "apple", "Apple Gift Card")]
    [InlineData("Apple Gift Cardを5万円分購入した", "apple", "Apple Gift Card")]
    [InlineData("アップルギフトカードの番号を教えてと言われた", "apple", "Apple Gift Card")]
    [InlineData("iTunesカードで支払うよう指示された", "apple", "Apple Gift Card")]
    [InlineData("Google Playカードをコンビニで購入した", "google-play", "Google Play ギフトカード")]
    [InlineData("グーグルプレイカードを3枚買った", "google-play", "Google Play ギフトカード")]
    [InlineData("アマゾンギフト券で払うように言われた", "amazon", "Amazonギフトカード")]
    [InlineData("Amazonのギフトカードを購入", "amazon", "Amazonギフトカード")]
    [InlineData("WebMoneyを買ってくるよう言われた", "webmoney", "WebMoney")]
    [InlineData("ウェブマネーを購入した", "webmoney", "WebMoney")]
    [InlineData("ＢｉｔＣａｓｈで支払った", "bitcash", "BitCash")]
    [InlineData("nanacoギフトを購入して番号を送った", "nanaco", "nanaco")]
    [InlineData("ビットコインで支払えと脅された", "bitcoin", "ビットコイン")]
    [InlineData("Pay 0.1 BTC to the address below", "bitcoin", "ビットコイン")]
    [InlineData("0.05BTCを送金するよう言われた", "bitcoin", "ビットコイン")]
    [InlineData("They told me to buy Google Play cards", "google-play", "Google Play ギフトカード")]
    public void Extract_FindsABrandWithADemandInTheSameSentence(string text, string value, string display)
    {
        var demand = Extraction.Single(IndicatorKind.EmoneyDemand, text);

        Assert.Equal(value, demand.Value);
        Assert.Equal(display, demand.Display);
    }

    [Fact]
    public void Extract_FindsEveryBrandInTheDemandingSentence()
    {
        Assert.Equal(
            ["apple", "google-play"],
            Extraction.Values(IndicatorKind.EmoneyDemand, "AppleギフトカードかGoogle Playカードを購入してと言われた"));
    }

    [Theory]
    [InlineData("Appleギフトカードが当選しましたと表示された")]
    [InlineData("Appleギフトカードが当選した。後日、別の代金を支払った。")]
    [InlineData("Appleのサポートを名乗る電話で、料金を支払うよう言われた")]
    [InlineData("Amazonで買い物をした")]
    [InlineData("Apple Payで支払った")]
    public void Extract_FindsNoDemandWithoutBothBrandAndDemand(string text)
    {
        Assert.Empty(Extraction.Values(IndicatorKind.EmoneyDemand, text));
    }
}
