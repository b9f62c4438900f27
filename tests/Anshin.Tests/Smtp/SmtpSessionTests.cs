using System.Text;
using Anshin.Core.Smtp;

namespace Anshin.Tests.Smtp;

public sealed class SmtpSessionTests
{
    [Fact]
    public async Task Data_IsDotStuffed_AndEndsWithTheTerminator()
    {
        using var stream = new MemoryStream();
        var session = new SmtpSession(stream);

        await session.WriteDataAsync(Encoding.ASCII.GetBytes(".first line\r\nmiddle\r\n.\r\nlast"), CancellationToken.None);

        Assert.Equal("..first line\r\nmiddle\r\n..\r\nlast\r\n.\r\n", Encoding.ASCII.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task MultiLineReplies_AreReadWhole_AndARefusalNamesTheCommandAndCode()
    {
        var server = Encoding.ASCII.GetBytes("250-mx.example.jp\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n550 5.1.1 <x@example.jp>: Recipient address rejected\r\n");
        using var stream = new DuplexStream(server);
        var session = new SmtpSession(stream);

        var features = await session.EhloAsync("client.example", CancellationToken.None);
        var refused = await Assert.ThrowsAsync<SmtpException>(() => session.CommandAsync("RCPT TO:<x@example.jp>", 250, CancellationToken.None));

        Assert.Equal(["STARTTLS", "AUTH PLAIN LOGIN"], features);
        Assert.Equal(550, refused.Code);
        Assert.True(refused.IsPermanent);
        Assert.Contains("RCPT TO", refused.Message, StringComparison.Ordinal);
        Assert.Contains("EHLO client.example\r\nRCPT TO:<x@example.jp>\r\n", Encoding.ASCII.GetString(stream.Written.ToArray()), StringComparison.Ordinal);
    }

    /// <summary>Reads a scripted server conversation and keeps what the client wrote.</summary>
    private sealed class DuplexStream(byte[] incoming) : Stream
    {
        private readonly MemoryStream input = new(incoming);

        public MemoryStream Written { get; } = new();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => input.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                input.Dispose();
                Written.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
