using System.Text;
using Anshin.Core.Mail;

namespace Anshin.Tests.Mail;

public class EncodedWordTests
{
    private static string Subject(string encoded) =>
        MimeParser.Parse(MailBuilder.Message().Header("Subject", encoded).Body("x").Build()).Subject;

    private static string B(byte[] bytes) => Convert.ToBase64String(bytes);

    [Fact]
    public void Subject_DecodesSplitEncodedWords()
    {
        var bytes = Encoding.UTF8.GetBytes("情報漏えい");

        // The cut falls inside the second character, so neither word is valid UTF-8 alone.
        var subject = Subject($"=?UTF-8?B?{B(bytes[..4])}?=\r\n =?utf-8?B?{B(bytes[4..])}?=");

        Assert.Equal("情報漏えい", subject);
    }

    [Fact]
    public void Subject_DecodesIso2022JpWordsThatContinueTheTwoByteMode()
    {
        // ESC $ B, then 情報 in JIS X 0208; the second word carries 漏 and the return to ASCII.
        byte[] first = [0x1B, 0x24, 0x42, 0x3E, 0x70, 0x4A, 0x73];
        byte[] second = [0x4F, 0x33, 0x1B, 0x28, 0x42];

        Assert.Equal("情報漏", Subject($"=?ISO-2022-JP?B?{B(first)}?= =?iso-2022-jp?B?{B(second)}?="));
    }

    [Fact]
    public void Subject_JoinsAdjacentWordsButKeepsSpaceBeforePlainText()
    {
        Assert.Equal("ab c", Subject("=?utf-8?q?a?= =?utf-8?q?b?= c"));
        Assert.Equal("ab", Subject("=?utf-8?q?a?==?utf-8?q?b?="));
        Assert.Equal("x ab", Subject("x =?utf-8?q?a?=\r\n\t=?utf-8?q?b?="));
    }

    [Fact]
    public void Subject_DecodesQWithUnderscoresAndLowerCaseHex()
    {
        Assert.Equal("ウイルス 対策", Subject("=?utf-8?q?=e3=82=a6=E3=82=A4=E3=83=AB=E3=82=B9_=E5=AF=BE=E7=AD=96?="));
    }

    [Fact]
    public void Subject_DecodesWordsInDifferentCharsetsSeparately()
    {
        var shiftJis = CodePagesEncodingProvider.Instance.GetEncoding(932)!;

        var subject = Subject($"=?Shift_JIS?B?{B(shiftJis.GetBytes("相談"))}?= =?UTF-8?B?{B(Encoding.UTF8.GetBytes("窓口"))}?=");

        Assert.Equal("相談窓口", subject);
    }

    [Fact]
    public void Subject_ToleratesAMissingTerminator()
    {
        var message = MimeParser.Parse(MailBuilder.Message().Header("Subject", "=?UTF-8?B?44GC44GE?= and =?UTF-8?B?44GG").Build());

        Assert.Equal("あい and う", message.Subject);
        Assert.Contains(MailProblem.MalformedEncodedWord, message.Problems);
    }

    [Theory]
    [InlineData("=?utf-8?X?abc?=")]
    [InlineData("price =? unknown")]
    [InlineData("=??B?abc?=")]
    public void Subject_KeepsTextThatOnlyLooksLikeAnEncodedWord(string subject)
    {
        Assert.Equal(subject, Subject(subject));
    }

    [Fact]
    public void Subject_DecodesAWordWithALanguageSuffix()
    {
        Assert.Equal("あ", Subject("=?UTF-8*ja?B?44GC?="));
    }

    [Fact]
    public void DisplayName_DecodesEncodedWordInsideQuotes()
    {
        var raw = MailBuilder.Message().Header("Reply-To", "\"=?UTF-8?B?5pys55Sw?=\" <honda@example.jp>").Build();

        var replyTo = Assert.Single(MimeParser.Parse(raw).ReplyTo);

        Assert.Equal(new MailAddress("本田", "honda@example.jp"), replyTo);
    }
}
