using Anshin.Core.Otasuketai;

namespace Anshin.Tests.Otasuketai;

public sealed class AmountTextTests
{
    [Theory]
    [InlineData("10000", 10_000)]
    [InlineData("10,000", 10_000)]
    [InlineData("１０，０００", 10_000)]
    [InlineData("¥9,800", 9_800)]
    [InlineData("￥9,800", 9_800)]
    [InlineData("9800円", 9_800)]
    [InlineData(" 5 台 ", 5)]
    [InlineData("24時間", 24)]
    [InlineData("0", 0)]
    public void TryParse_ReadsAmountsAsPeopleTypeThem(string text, int expected)
    {
        Assert.True(AmountText.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_TreatsABlankFieldAsNotGiven(string? text)
    {
        Assert.Null(AmountText.TryParse(text, out _));
    }

    [Theory]
    [InlineData("九千円")]
    [InlineData("-500")]
    [InlineData("9.5")]
    [InlineData("1e4")]
    [InlineData("1000000000")]
    [InlineData("¥")]
    [InlineData("円")]
    public void TryParse_RefusesWhatIsNotAWholeNumber(string text)
    {
        Assert.False(AmountText.TryParse(text, out _));
    }
}
