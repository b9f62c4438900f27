using System.Text;
using Anshin.Core.Desk;

namespace Anshin.Tests.Desk;

public class AttachmentSnifferEmailTests
{
    private const string ForwardedLure = """
        Return-Path: <support@amaz0n-security.example>
        Received: from mail.amaz0n-security.example (mail.amaz0n-security.example [192.0.2.10])
        	by mx.example.jp (Postfix) with ESMTP id 4F2A81C0042
        	for <taro@example.jp>; Mon, 16 Nov 2026 09:12:03 +0900 (JST)
        From: =?ISO-2022-JP?B?GyRCJSIlXiUtJUMlSBsoQg==?= <support@amaz0n-security.example>
        To: taro@example.jp
        Subject: =?ISO-2022-JP?B?GyRCJCIkSiQ/JE4lIiUrJSYlcyVIGyhC?=
        Date: Mon, 16 Nov 2026 09:12:00 +0900
        Message-ID: <20261116001200.4F2A81C0042@mail.amaz0n-security.example>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=ISO-2022-JP
        Content-Transfer-Encoding: 7bit


        """;

    [Fact]
    public void Sniff_RecognisesForwardedMail()
    {
        Assert.Equal(AttachmentKind.Email, Sniff(ForwardedLure + "Please sign in.\n"));
        Assert.Equal(AttachmentKind.Email, Sniff((ForwardedLure + "Please sign in.\n").ReplaceLineEndings("\r\n")));
    }

    [Fact]
    public void Sniff_RecognisesMailWithIso2022JpBody()
    {
        var jis = CodePagesEncodingProvider.Instance.GetEncoding(50220)!;
        byte[] eml = [.. Encoding.ASCII.GetBytes(ForwardedLure), .. jis.GetBytes("アカウントが停止されました。\r\n")];

        Assert.Equal(AttachmentKind.Email, AttachmentSniffer.Sniff(eml));
    }

    [Theory]
    [InlineData("From MAILER-DAEMON Mon Nov 16 09:12:03 2026\nFrom: a@example.jp\nTo: b@example.jp\n\nbody")]
    [InlineData("\r\n\r\nSubject: hello\r\nDate: Mon, 16 Nov 2026 09:12:00 +0900\r\n")]
    [InlineData("X-Mailer: Lure 1.0\nsubject: lower case names\nmime-version: 1.0\n\nbody")]
    [InlineData("Subject : obsolete space before the colon\nFrom: a@example.jp\n")]
    public void Sniff_RecognisesHeaderBlocks(string text)
    {
        Assert.Equal(AttachmentKind.Email, Sniff(text));
    }

    [Theory]
    [InlineData("Subject: 相談です\n\nFrom: 山田\nTo: 窓口\n")]
    [InlineData("Subject: hello\nSubject: again\n")]
    [InlineData("X-Spam-Score: 9.9\nX-Mailer: Lure 1.0\n")]
    [InlineData("From: a@example.jp\nTo: b@example.jp\nこんにちは\n")]
    [InlineData("こんにちは\nFrom: a@example.jp\nTo: b@example.jp\n")]
    [InlineData("  folded: first\nFrom: a@example.jp\nTo: b@example.jp\n")]
    [InlineData("From: a@example.jp\n: no name\nTo: b@example.jp\n")]
    [InlineData("From: a@example.jp\n件名: 日本語の名前\nTo: b@example.jp\n")]
    [InlineData("From a@example.jp\nTo b@example.jp\n")]
    public void Sniff_TreatsTextThatOnlyResemblesMailAsPlainText(string text)
    {
        Assert.Equal(AttachmentKind.PlainText, Sniff(text));
    }

    [Fact]
    public void Sniff_IgnoresHeaderLineCutAtTheEndOfTheHead()
    {
        const string Received = "Received: from relay.example.jp by mx.example.jp; Mon, 16 Nov 2026 09:12:03 +0900\n";
        var headers = new StringBuilder("From: a@example.jp\nTo: b@example.jp\n");
        while (headers.Length < AttachmentSniffer.HeadLength - 200)
        {
            headers.Append(Received);
        }

        // Pad so that only "Rece" of the last field fits in the head.
        var padding = AttachmentSniffer.HeadLength - 4 - headers.Length;
        headers.Append("X-Pad: ").Append('x', padding - 8).Append('\n').Append(Received).Append("\nbody\n");
        var file = Encoding.ASCII.GetBytes(headers.ToString());

        Assert.Equal("\nRece"u8, file.AsSpan(AttachmentSniffer.HeadLength - 5, 5));
        Assert.Equal(AttachmentKind.Email, AttachmentSniffer.Sniff(file));
    }

    [Fact]
    public void Sniff_JudgesTheLastLineOfAShortFile()
    {
        Assert.Equal(AttachmentKind.PlainText, Sniff("From: a@example.jp\nTo: b@example.jp\nRecei"));
    }

    [Fact]
    public void Sniff_RefusesMailWithControlCharacters()
    {
        Assert.Null(Sniff(ForwardedLure + "\0binary"));
    }

    private static AttachmentKind? Sniff(string text) => AttachmentSniffer.Sniff(Encoding.UTF8.GetBytes(text));
}
