using Anshin.Core.Indicators;

namespace Anshin.Tests.Indicators;

public class AmountIndicatorTests
{
    [Theory]
    [InlineData("5万円", "JPY:50000", "50,000円")]
    [InlineData("５万円", "JPY:50000", "50,000円")]
    [InlineData("50,000円", "JPY:50000", "50,000円")]
    [InlineData("50000円", "JPY:50000", "50,000円")]
    [InlineData("￥50,000", "JPY:50000", "50,000円")]
    [InlineData("¥ 50,000", "JPY:50000", "50,000円")]
    [InlineData("¥5万", "JPY:50000", "50,000円")]
    [InlineData("5万5千円", "JPY:55000", "55,000円")]
    [InlineData("5万5000円", "JPY:55000", "55,000円")]
    [InlineData("3万円分", "JPY:30000", "30,000円")]
    [InlineData("1.5万円", "JPY:15000", "15,000円")]
    [InlineData("1,980円", "JPY:1980", "1,980円")]
    [InlineData("100円", "JPY:100", "100円")]
    [InlineData("1億2000万円", "JPY:120000000", "120,000,000円")]
    [InlineData("USD 300", "USD:300", "US$300")]
    [InlineData("$300", "USD:300", "US$300")]
    [InlineData("US$1,200", "USD:1200", "US$1,200")]
    [InlineData("$299.99", "USD:300", "US$300")]
    [InlineData("300ドル", "USD:300", "US$300")]
    [InlineData("300 dollars", "USD:300", "US$300")]
    public void Extract_FindsSumsAsCurrencyAndWholeUnits(string written, string value, string display)
    {
        var amount = Extraction.Single(IndicatorKind.Amount, $"サポート料として{written}を請求された");

        Assert.Equal(value, amount.Value);
        Assert.Equal(display, amount.Display);
    }

    [Theory]
    [InlineData("手数料は50円でした")]
    [InlineData("切手代99円")]
    [InlineData("数万円を請求された")]
    [InlineData("2024年5月1日")]
    [InlineData("0120-123-456")]
    [InlineData("12,34円")]
    public void Extract_IgnoresSmallSumsAndNumbersThatAreNotSums(string text)
    {
        Assert.Empty(Extraction.Values(IndicatorKind.Amount, text));
    }

    [Fact]
    public void Extract_KeepsASumOnceWhenWrittenTwoWays()
    {
        Assert.Equal(["JPY:50000"], Extraction.Values(IndicatorKind.Amount, "5万円（¥50,000円）"));
    }
}
