using Anshin.Core.Security;

namespace Anshin.Tests.Security;

public class PasswordPolicyTests
{
    [Theory]
    [InlineData("tsuki ga kirei desu ne")]
    [InlineData("あいうえおかきくけこさし")]
    [InlineData("静かな湖畔の森の影から郭公")]
    [InlineData("Violet-Harbor-Kettle-93")]
    public void Check_AcceptsLongUncommonPassphrases(string password)
    {
        Assert.Empty(PasswordPolicy.Check(password, "Yamada Taro", "taro.yamada@example.jp"));
    }

    [Theory]
    [InlineData("short")]
    [InlineData("elevenchars")]
    [InlineData("あいうえおかきくけこさ")]
    public void Check_RejectsFewerThanTwelveCharacters(string password)
    {
        Assert.Contains(PasswordProblem.TooShort, PasswordPolicy.Check(password));
    }

    [Fact]
    public void Check_CountsCodePointsNotUtf16Units()
    {
        // Twelve characters outside the Basic Multilingual Plane are 24 UTF-16 units.
        Assert.DoesNotContain(PasswordProblem.TooShort, PasswordPolicy.Check("𠮷𩸽🍣🍺𠮷𩸽🍣🍺𠀋𡈽𡌛𡑮"));
        Assert.Contains(PasswordProblem.TooShort, PasswordPolicy.Check("𠮷𩸽🍣🍺𠮷𩸽🍣🍺𠀋𡈽𡌛"));
    }

    [Fact]
    public void Check_CountsLengthAfterNfkc()
    {
        // Half-width katakana with voicing marks are two code points each until NFKC composes them.
        Assert.Contains(PasswordProblem.TooShort, PasswordPolicy.Check("ｶﾞｷﾞｸﾞｹﾞｺﾞｻﾞｼﾞｽﾞ"));
        Assert.Empty(PasswordPolicy.Check("ｖｉｏｌｅｔｈａｒｂｏｒ９３"));
    }

    [Fact]
    public void Check_RejectsMoreThan128Characters()
    {
        var password = string.Concat(Enumerable.Repeat("Violet-Harbor-Kettle-93 ", 6));

        Assert.Equal([PasswordProblem.TooLong], PasswordPolicy.Check(password));
        Assert.Equal([PasswordProblem.TooLong], PasswordPolicy.Check(new string('x', 100_000)));
    }

    [Theory]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("QAZWSXEDCRFV")]
    [InlineData("password1234")]
    [InlineData("iloveyou2024")]
    [InlineData("qwertyuiop1234")]
    [InlineData("ｐａｓｓｗｏｒｄ１２３４")]
    public void Check_RejectsCommonPasswords(string password)
    {
        Assert.Contains(PasswordProblem.Common, PasswordPolicy.Check(password));
    }

    [Fact]
    public void Check_IgnoresDigitsAfterShortCommonWord()
    {
        Assert.DoesNotContain(PasswordProblem.Common, PasswordPolicy.Check("dragon820461937"));
    }

    [Theory]
    [InlineData("yamadataro-kinmokusei")]
    [InlineData("Kinmokusei-Taro.Yamada")]
    [InlineData("kinmokusei yamada 2024")]
    [InlineData("山田太郎のきんもくせい")]
    public void Check_RejectsUserNameOrEmailLocalPart(string password)
    {
        Assert.Contains(
            PasswordProblem.ContainsUserName,
            PasswordPolicy.Check(password, "Yamada Taro", "taro.yamada@example.jp", "山田 太郎"));
    }

    [Fact]
    public void Check_DoesNotTreatEmailDomainOrShortNamesAsPersonal()
    {
        Assert.Empty(PasswordPolicy.Check("example garden party", "taro.yamada@example.jp", "Li"));
    }

    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("123456789012")]
    [InlineData("abcdefghijkl")]
    [InlineData("zyxwvutsrqpo")]
    [InlineData("987654321098")]
    [InlineData("abcabcabcabc")]
    [InlineData("ああああああああああああ")]
    public void Check_RejectsRepetitivePasswords(string password)
    {
        Assert.Contains(PasswordProblem.Repetitive, PasswordPolicy.Check(password));
    }

    [Fact]
    public void CommonPasswords_IgnoresCase()
    {
        Assert.True(CommonPasswords.Contains("PassWord"));
        Assert.True(CommonPasswords.Contains("qwertyuiop"));
        Assert.False(CommonPasswords.Contains("Violet-Harbor-Kettle-93"));
    }
}
