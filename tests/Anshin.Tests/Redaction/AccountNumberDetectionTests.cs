using Anshin.Core.Redaction;

namespace Anshin.Tests.Redaction;

public class AccountNumberDetectionTests
{
    [Theory]
    [InlineData("普通 1234567")]
    [InlineData("当座1234567")]
    [InlineData("口座番号：1234567")]
    [InlineData("口座番号は１２３４５６７")]
    [InlineData("振込先 ○○銀行 本店 普通預金 口座 1234567")]
    public void Detect_FindsAccountNumbersNamedAsSuch(string text)
    {
        var match = Assert.Single(Redactions.Detect(text));

        Assert.Equal(RedactionKind.AccountNumber, match.Kind);
        Assert.Equal(7, match.Length);
    }

    [Fact]
    public void Detect_MasksOnlyTheDigitsOfAnAccountNumber()
    {
        Assert.Equal(["1234567"], Redactions.Found(RedactionKind.AccountNumber, "普通 1234567 ヤマダ タロウ"));
    }

    [Theory]
    [InlineData("番号は1234567です")]
    [InlineData("口座番号：12345678")]
    [InlineData("口座番号：123456")]
    [InlineData("普通の人が1234567円を振り込んだ")]
    public void Detect_IgnoresSevenDigitNumbersNotNamedAsAccounts(string text)
    {
        Assert.Empty(Redactions.Found(RedactionKind.AccountNumber, text));
    }
}
