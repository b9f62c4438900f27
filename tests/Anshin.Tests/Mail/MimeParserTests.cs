using System.Runtime.InteropServices;
using System.Text;
using Anshin.Core.Mail;

namespace Anshin.Tests.Mail;

public class MimeParserTests
{
    [Fact]
    public void Parse_ReturnsUnparsedForNullOrEmptyInput()
    {
        foreach (var message in new[]
        {
            MimeParser.Parse((byte[]?)null), MimeParser.Parse(ReadOnlySpan<byte>.Empty), MimeParser.Parse((Stream?)null),
            MimeParser.Parse(" \r\n\t\r\n"u8),
        })
        {
            Assert.True(message.Unparsed);
            Assert.Equal([MailProblem.Empty], message.Problems);
            Assert.Equal(string.Empty, message.Subject);
            Assert.Equal(string.Empty, message.TextBody);
            Assert.Empty(message.Attachments);
        }
    }

    [Fact]
    public void Parse_FlagsBinaryGarbageAsUnparsedWithoutText()
    {
        var message = MimeParser.Parse(Enumerable.Range(0, 4000).Select(i => (byte)(i * 7 % 251)).ToArray());

        Assert.True(message.Unparsed);
        Assert.Equal(string.Empty, message.TextBody);
    }

    [Fact]
    public void Parse_FlagsHeaderLookalikesThatAreNoMail()
    {
        var message = MimeParser.Parse("Note: buy milk\r\nTodo: call back\r\n"u8);

        Assert.True(message.Unparsed);
        Assert.Contains(MailProblem.NotAMessage, message.Problems);
    }

    [Fact]
    public void Parse_ReadsAStream()
    {
        using var stream = new MemoryStream(MailBuilder.Message().Header("Subject", "stream").Body("本文").Build());

        var message = MimeParser.Parse(stream);

        Assert.Equal("stream", message.Subject);
        Assert.Equal("本文", message.TextBody);
    }

    [Fact]
    public void Parse_KeepsWhatWasReadWhenTheStreamFails()
    {
        using var stream = new FailingStream("Subject: cut short\r\nFrom: a@example.jp\r\n\r\nbody"u8.ToArray());

        var message = MimeParser.Parse(stream);

        Assert.Equal("cut short", message.Subject);
        Assert.Contains(MailProblem.ReadFailed, message.Problems);
    }

    [Fact]
    public void Header_LookupIsCaseInsensitiveAndKeepsOrder()
    {
        var message = MimeParser.Parse(MailBuilder.Message()
            .Header("Received", "from a by b")
            .Header("received", "from c\r\n by d")
            .Header("Subject", "=?UTF-8?B?5Lu25ZCN?=")
            .Build());

        Assert.Equal("from a by b", message.Header("RECEIVED"));
        Assert.Equal(["from a by b", "from c by d"], message.HeaderValues("Received"));
        Assert.Equal("件名", message.Header("subject"));
        Assert.Equal("=?UTF-8?B?5Lu25ZCN?=", message.Headers.Single(h => h.Name == "Subject").RawValue);
        Assert.Null(message.Header("X-Missing"));
        Assert.Equal(["From", "To", "Date", "Received", "received", "Subject"], message.Headers.Select(h => h.Name));
    }

    [Fact]
    public void Header_EndsAtALineOfOnlySpaces()
    {
        var message = MimeParser.Parse("Subject: spaces\r\nFrom: a@example.jp\r\n   \r\nKey: not a header\r\n"u8);

        Assert.Equal("Key: not a header\n", message.TextBody);
        Assert.Null(message.Header("Key"));
    }

    [Fact]
    public void MissingFields_HaveEmptyOrNullValues()
    {
        var message = MimeParser.Parse("Subject: only this\r\n\r\nbody"u8);

        Assert.False(message.Unparsed);
        Assert.Null(message.From);
        Assert.Empty(message.To);
        Assert.Null(message.Date);
        Assert.Null(message.MessageId);
        Assert.Null(message.ReturnPath);
        Assert.Null(message.HtmlBody);
    }

    [Fact]
    public void ReturnPath_IsEmptyForTheNullSender()
    {
        Assert.Equal(string.Empty, MimeParser.Parse(MailBuilder.Message().Header("Return-Path", "<>").Build()).ReturnPath);
        Assert.Equal("bounce@example.jp", MimeParser.Parse(MailBuilder.Message().Header("Return-Path", "<bounce@Example.JP>").Build()).ReturnPath);
    }

    [Fact]
    public void UndecodedAttachments_ShareTheInputBuffer()
    {
        var raw = MailBuilder.Message()
            .Header("Content-Type", "multipart/mixed; boundary=b")
            .Body("--b\r\nContent-Type: application/octet-stream; name=x.bin\r\nContent-Transfer-Encoding: binary\r\n\r\nRAW\r\n--b--\r\n")
            .Build();

        var attachment = Assert.Single(MimeParser.Parse(raw).Attachments);

        Assert.True(MemoryMarshal.TryGetArray(attachment.Content, out var segment));
        Assert.Same(raw, segment.Array);
        Assert.Equal(3, attachment.Size);
    }

    [Fact]
    public void AttachedMessage_IsNamedAfterItsSanitisedSubject()
    {
        var inner = "Subject: Re: 請求書/見積?\r\n\r\n本文\r\n";
        var raw = MailBuilder.Message()
            .Header("Content-Type", "multipart/mixed; boundary=b")
            .Body($"--b\r\nContent-Type: text/plain\r\n\r\n転送\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n{inner}\r\n--b--\r\n")
            .Build();

        var attachment = Assert.Single(MimeParser.Parse(raw).Attachments);

        Assert.Equal("Re_ 請求書_見積_.eml", attachment.FileName);
        Assert.Equal(inner, Encoding.UTF8.GetString(attachment.Content.Span));
        Assert.Equal("message/rfc822", attachment.ContentType);
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Windows\\evil.exe", "evil.exe")]
    [InlineData("a\u0000b<c>.txt", "a_b_c_.txt")]
    [InlineData("...", null)]
    [InlineData("  ", null)]
    public void FileNames_AreSanitised(string name, string? expected)
    {
        Assert.Equal(expected, AttachmentNames.Sanitise(name));
    }

    [Fact]
    public void FileNames_AreShortenedKeepingTheExtension()
    {
        var name = AttachmentNames.Sanitise(new string('長', 300) + ".pdf")!;

        Assert.Equal(200, name.Length);
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
    }

    private sealed class FailingStream(byte[] prefix) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (position >= prefix.Length)
            {
                throw new IOException("connection reset");
            }

            var n = Math.Min(count, prefix.Length - position);
            Array.Copy(prefix, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
