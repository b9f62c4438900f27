using Anshin.Core.Redaction;

namespace Anshin.Tests.Redaction;

public class KnownValueDetectionTests
{
    [Theory]
    [InlineData("山田太郎")]
    [InlineData("山田 太郎")]
    [InlineData("山田　太郎")]
    [InlineData("山田  太郎")]
    public void Detect_FindsTheKnownNameWithOrWithoutSpaces(string written)
    {
        Assert.Equal([written], Redactions.Found(RedactionKind.KnownName, $"相談者{written}様より", "山田 太郎"));
    }

    [Fact]
    public void Detect_FindsLatinNamesRegardlessOfCaseAndWidth()
    {
        Assert.Equal(
            ["TARO YAMADA", "Ｔａｒｏ　Ｙａｍａｄａ"],
            Redactions.Found(RedactionKind.KnownName, "Signed TARO YAMADA / Ｔａｒｏ　Ｙａｍａｄａ", "Taro Yamada"));
    }

    [Fact]
    public void Detect_DoesNotFindLatinNamesInsideLongerWords()
    {
        Assert.Empty(Redactions.Found(RedactionKind.KnownName, "Kenji called", "Ken"));
    }

    [Theory]
    [InlineData("09012345678")]
    [InlineData("090-1234-5678")]
    [InlineData("０９０－１２３４－５６７８")]
    [InlineData("090 1234 5678")]
    [InlineData("+81-90-1234-5678")]
    public void Detect_ReportsAKnownPhoneNumberAsPhoneHoweverItIsWritten(string written)
    {
        var match = Assert.Single(Redactions.Detect($"折り返し先{written}", "090-1234-5678"));

        Assert.Equal(RedactionKind.Phone, match.Kind);
        Assert.Equal(written, match.Text);
    }

    [Fact]
    public void Detect_FindsADomesticNumberFromAKnownInternationalOne()
    {
        Assert.Equal(["03-1234-5678"], Redactions.Found(RedactionKind.Phone, "自宅03-1234-5678", "+81 3 1234 5678"));
    }

    [Fact]
    public void Detect_FindsAKnownPhoneNumberWrittenInAnUnusualGrouping()
    {
        // 090-12-345678 is no phone number pattern, but it is the consulter's own number.
        Assert.Equal(["090-12-345678"], Redactions.Found(RedactionKind.Phone, "携帯090-12-345678", "09012345678"));
    }

    [Fact]
    public void Detect_ReportsAKnownEmailAddressAsEmail()
    {
        var match = Assert.Single(Redactions.Detect("ＴＡＲＯ＠ＥＸＡＭＰＬＥ．ＪＰに返信", "taro@example.jp"));

        Assert.Equal(RedactionKind.Email, match.Kind);
    }

    [Fact]
    public void Detect_FindsKnownValuesInsideJapaneseText()
    {
        var matches = Redactions.Detect("山田太郎さん（taro@example.jp、090-1234-5678）", "山田 太郎", "taro@example.jp", "090-1234-5678");

        Assert.Equal(
            [RedactionKind.KnownName, RedactionKind.Email, RedactionKind.Phone],
            matches.Select(m => m.Kind));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("林")]
    public void Detect_IgnoresBlankAndOneCharacterKnownValues(string knownValue)
    {
        Assert.Empty(Redactions.Detect("林檎を買った林さん", knownValue));
    }
}
