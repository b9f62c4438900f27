using System.Text;
using Anshin.Core.Mail;

namespace Anshin.Tests.Mail;

public class MultipartTests
{
    private static ParsedMessage Multipart(string contentType, string body, bool lineFeedsOnly = false)
    {
        var builder = MailBuilder.Message().Header("Subject", "multipart").Header("Content-Type", contentType).Body(body);
        return MimeParser.Parse((lineFeedsOnly ? builder.LineFeedsOnly() : builder).Build());
    }

    private const string TwoParts =
        "preamble\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n本文\r\n"
        + "--b\r\nContent-Type: application/octet-stream; name=a.bin\r\n\r\nABC\r\n--b--\r\nepilogue\r\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Multipart_SplitsWithCrLfOrBareLineFeeds(bool lineFeedsOnly)
    {
        var message = Multipart("multipart/mixed; boundary=b", TwoParts, lineFeedsOnly);

        Assert.Equal("本文", message.TextBody);
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal("ABC", Encoding.ASCII.GetString(attachment.Content.Span));
        Assert.Empty(message.Problems);
    }

    [Fact]
    public void Multipart_ToleratesAMissingClosingBoundary()
    {
        var message = Multipart("multipart/mixed; boundary=b", TwoParts.Replace("--b--\r\nepilogue\r\n", string.Empty, StringComparison.Ordinal));

        Assert.Equal("ABC\r\n", Encoding.ASCII.GetString(Assert.Single(message.Attachments).Content.Span));
        Assert.Contains(MailProblem.MissingBoundaryEnd, message.Problems);
    }

    [Fact]
    public void Multipart_FindsTheBoundaryWhenTheParameterIsMissing()
    {
        var message = Multipart("multipart/mixed", TwoParts);

        Assert.Equal("本文", message.TextBody);
        Assert.Single(message.Attachments);
        Assert.Contains(MailProblem.MissingBoundaryParameter, message.Problems);
    }

    [Fact]
    public void Multipart_AllowsWhitespaceAfterBoundaryLinesButNotOtherText()
    {
        var body = "--b \t\r\nContent-Type: text/plain\r\n\r\none\r\n--b-not-a-boundary\r\nx--b\r\n--b--  \r\n";

        Assert.Equal("one\r\n--b-not-a-boundary\r\nx--b".Replace("\r\n", "\n", StringComparison.Ordinal), Multipart("multipart/mixed; boundary=b", body).TextBody);
    }

    [Fact]
    public void Part_WithoutHeaders_IsPlainText()
    {
        Assert.Equal("素の本文", Multipart("multipart/mixed; boundary=b", "--b\r\n\r\n素の本文\r\n--b--\r\n").TextBody);
    }

    [Fact]
    public void Multipart_StopsFollowingNestingAtTheDepthLimit()
    {
        var body = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            body.Append("--n").Append(i).Append("\r\nContent-Type: multipart/mixed; boundary=n").Append(i + 1).Append("\r\n\r\n");
        }

        var message = Multipart("multipart/mixed; boundary=n0", body.ToString());

        Assert.Contains(MailProblem.NestingTooDeep, message.Problems);
        Assert.DoesNotContain(MailProblem.ParserFault, message.Problems);
    }

    [Fact]
    public void Multipart_StopsReadingPartsAtThePartLimit()
    {
        var body = new StringBuilder();
        for (var i = 0; i < MimeParser.MaxParts + 500; i++)
        {
            body.Append("--b\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n");
        }

        var message = Multipart("multipart/mixed; boundary=b", body.Append("--b--\r\n").ToString());

        Assert.Contains(MailProblem.TooManyParts, message.Problems);
        Assert.True(message.Attachments.Count < MimeParser.MaxParts);
    }

    [Fact]
    public void Alternative_PrefersPlainTextAndKeepsHtml()
    {
        var message = Multipart(
            "multipart/alternative; boundary=a",
            "--a\r\nContent-Type: text/html\r\n\r\n<p>HTML版</p>\r\n--a\r\nContent-Type: text/plain\r\n\r\nテキスト版\r\n--a--\r\n");

        Assert.Equal("テキスト版", message.TextBody);
        Assert.Equal("<p>HTML版</p>", message.HtmlBody);
    }

    [Fact]
    public void MultipartWithoutAnyBoundary_IsReadAsText()
    {
        var message = Multipart("multipart/mixed; boundary=b", "ただの本文です。\r\n");

        Assert.Equal("ただの本文です。\n", message.TextBody);
        Assert.Contains(MailProblem.BoundaryNotFound, message.Problems);
    }
}
