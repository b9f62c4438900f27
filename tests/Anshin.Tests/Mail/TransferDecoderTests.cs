using System.Text;
using Anshin.Core.Mail;

namespace Anshin.Tests.Mail;

public class TransferDecoderTests
{
    private static string Decode(string content, string encoding, ProblemLog? problems = null) =>
        Encoding.UTF8.GetString(TransferDecoder.Decode(Encoding.ASCII.GetBytes(content), encoding, problems ?? new ProblemLog()).Span);

    [Theory]
    [InlineData("44GC44GE44GG")]
    [InlineData("44GC\r\n44GE\r\n44GG\r\n")]
    [InlineData(" 44 GC\t44GE44GG ")]
    public void Base64_IgnoresWhitespace(string content)
    {
        Assert.Equal("あいう", Decode(content, "base64"));
    }

    [Fact]
    public void Base64_ToleratesMissingPaddingAndJunk()
    {
        var problems = new ProblemLog();

        Assert.Equal("ab", Decode("Y*W!I", "base64", problems));
        Assert.Contains(MailProblem.InvalidBase64, problems.Names);
    }

    [Fact]
    public void Base64_ReadsBlocksGluedTogetherAfterPadding()
    {
        Assert.Equal("aba", Decode("YWI=YQ==", "base64"));
    }

    [Fact]
    public void QuotedPrintable_JoinsSoftBreaksAndReadsLowerCaseHex()
    {
        Assert.Equal("あいう\r\nend", Decode("=e3=81=82=E3=81=\r\n=84=e3=81=86\r\nend", "quoted-printable"));
    }

    [Fact]
    public void QuotedPrintable_KeepsBrokenEscapesLiterally()
    {
        var problems = new ProblemLog();

        Assert.Equal("100% =ZZ =4", Decode("100=25 =ZZ =4", "quoted-printable", problems));
        Assert.Contains(MailProblem.InvalidQuotedPrintable, problems.Names);
    }

    [Fact]
    public void QuotedPrintable_DropsTransportWhitespaceButKeepsEncodedOrSoftBrokenSpaces()
    {
        Assert.Equal("a\nb \nc d", Decode("a   \nb=20\t\nc =\nd", "quoted-printable"));
    }

    [Theory]
    [InlineData("7bit")]
    [InlineData("8BIT")]
    [InlineData("binary")]
    [InlineData(null)]
    public void IdentityEncodings_ReturnTheInputWithoutCopying(string? encoding)
    {
        var input = new ReadOnlyMemory<byte>(Encoding.ASCII.GetBytes("unchanged"));

        var output = TransferDecoder.Decode(input, encoding, new ProblemLog());

        Assert.True(output.Span == input.Span);
    }

    [Fact]
    public void UnknownEncoding_IsTakenAsIsAndReported()
    {
        var problems = new ProblemLog();

        Assert.Equal("=?x", Decode("=?x", "x-uuencode", problems));
        Assert.Contains(MailProblem.UnknownTransferEncoding, problems.Names);
    }
}
