using Anshin.Core.Redaction;

namespace Anshin.Tests.Redaction;

public class EmailDetectionTests
{
    [Theory]
    [InlineData("連絡先はtaro.yamada@example.jpです。", "taro.yamada@example.jp")]
    [InlineData("From: Taro+shop@Mail.Example.co.jp", "Taro+shop@Mail.Example.co.jp")]
    [InlineData("送信元 support-desk@example-bank.com.", "support-desk@example-bank.com")]
    public void Detect_FindsAsciiEmailAddresses(string text, string expected)
    {
        Assert.Equal([expected], Redactions.Found(RedactionKind.Email, text));
    }

    [Fact]
    public void Detect_FindsFullWidthEmailAddresses()
    {
        Assert.Equal(["ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"], Redactions.Found(RedactionKind.Email, "アドレスはｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐです"));
    }

    [Fact]
    public void Detect_LeavesTheLongVowelMarkBeforeAnAddressOutOfIt()
    {
        // ー folds to '-', which an address may contain but not start with.
        Assert.Equal(["taro@example.jp"], Redactions.Found(RedactionKind.Email, "ユーザーtaro@example.jp"));
    }

    [Theory]
    [InlineData("@example.jp をフォローした")]
    [InlineData("taro@localhost に送った")]
    [InlineData("メールアドレス（taro＠）を聞かれた")]
    [InlineData("価格は1@2000円")]
    public void Detect_IgnoresTextThatIsNotAnAddress(string text)
    {
        Assert.Empty(Redactions.Found(RedactionKind.Email, text));
    }
}
