using Anshin.Core.Redaction;

namespace Anshin.Tests.Redaction;

public class CardNumberDetectionTests
{
    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("5555-5555-5555-4444")]
    [InlineData("3782 822463 10005")]
    [InlineData("3056-930902-5904")]
    [InlineData("4222222222222")]
    [InlineData("6011 1111 1111 1117")]
    [InlineData("４１１１　１１１１　１１１１　１１１１")]
    [InlineData("４１１１－１１１１－１１１１－１１１１")]
    public void Detect_FindsCardNumbersThatPassLuhn(string number)
    {
        Assert.Equal([number], Redactions.Found(RedactionKind.CardNumber, $"カード番号{number}を入力した"));
    }

    [Fact]
    public void Detect_FindsTheCardBeforeAnExpiryYear()
    {
        Assert.Equal(["4111 1111 1111 1111"], Redactions.Found(RedactionKind.CardNumber, "4111 1111 1111 1111 2027"));
    }

    [Theory]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("1234567890123456")]
    [InlineData("411 1111 1111 11111")]
    [InlineData("090-1234-5678")]
    [InlineData("090 1234 5678 03 1234 5678")]
    [InlineData("123456789012")]
    public void Detect_IgnoresNumbersThatAreNotCards(string text)
    {
        Assert.Empty(Redactions.Found(RedactionKind.CardNumber, text));
    }
}
