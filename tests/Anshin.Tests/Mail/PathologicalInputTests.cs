using System.Text;
using Anshin.Core.Mail;

namespace Anshin.Tests.Mail;

/// <summary>
/// Inputs built to make a naive parser quadratic or recursive. There is no timing assertion: a regression
/// shows as a test run that takes minutes instead of milliseconds.
/// </summary>
public class PathologicalInputTests
{
    private const int Repeats = 50_000;

    private static string Repeat(string text) => new StringBuilder(text.Length * Repeats).Insert(0, text, Repeats).ToString();

    [Fact]
    public void Subject_WithManyUnterminatedEncodedWords_IsDecoded()
    {
        var message = MimeParser.Parse(MailBuilder.Message().Header("Subject", Repeat("=?utf-8?B?QQ ")).Build());

        Assert.Equal(new string('A', Repeats), message.Subject);
    }

    [Fact]
    public void Html_WithManyUnclosedHeadsTitlesAndComments_IsConverted()
    {
        var text = HtmlToText.Convert(Repeat("<head><title>t") + "<body>本文" + Repeat("<!--x") + Repeat("<a href='"));

        Assert.Contains("本文", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_WithManyBoundaryLookalikes_IsSplitOnce()
    {
        var body = Repeat("--b-lookalike\r\n") + "--b\r\nContent-Type: text/plain\r\n\r\n本文\r\n--b--\r\n";

        var message = MimeParser.Parse(MailBuilder.Message().Header("Content-Type", "multipart/mixed; boundary=b").Body(body).Build());

        Assert.Equal("本文", message.TextBody);
    }

    [Fact]
    public void Header_WithManyFoldedLinesAndAddresses_IsRead()
    {
        var message = MimeParser.Parse(MailBuilder.Message().Header("Cc", Repeat("a@example.jp,\r\n ")).Build());

        Assert.Equal(Repeats, message.Cc.Count);
    }

    [Fact]
    public void Parameters_WithManyContinuations_AreJoined()
    {
        var field = "attachment" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"; filename*{i}=x"));

        Assert.Equal(1000, HeaderParameters.Parse(field)["filename"]!.Length);
    }

    [Fact]
    public void TextPart_LosesItsByteOrderMark()
    {
        var message = MimeParser.Parse(MailBuilder.Message()
            .Header("Content-Type", "text/plain; charset=utf-8")
            .Header("Content-Transfer-Encoding", "base64")
            .Body(Convert.ToBase64String([0xEF, 0xBB, 0xBF, .. "本文"u8]))
            .Build());

        Assert.Equal("本文", message.TextBody);
    }
}
