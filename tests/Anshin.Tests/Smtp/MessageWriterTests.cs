using System.Text;
using Anshin.Core.Mail;
using Anshin.Core.Smtp;

namespace Anshin.Tests.Smtp;

public sealed class MessageWriterTests
{
    private static OutgoingMessage Message(string subject = "[相談#2026-000123] ご相談への回答", string body = "表示された警告は偽物です。\n画面を閉じてください。") => new()
    {
        From = new MailboxAddress("desk@anshin.example", "情報セキュリティ安心相談窓口"),
        To = [new MailboxAddress("hanako@example.jp")],
        Subject = subject,
        Body = body,
        MessageId = "abc123.desk.reply@anshin.example",
        Date = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(9)),
        InReplyTo = "their-1@example.jp",
        References = ["ack-1@anshin.example", "their-1@example.jp"],
        AutoSubmitted = "auto-replied",
    };

    [Fact]
    public void Write_RoundTripsThroughOurParser_JapaneseSubjectNameAndBody()
    {
        var parsed = MimeParser.Parse(MessageWriter.Write(Message()));

        Assert.Equal("[相談#2026-000123] ご相談への回答", parsed.Subject);
        Assert.Equal("情報セキュリティ安心相談窓口", parsed.From!.DisplayName);
        Assert.Equal("desk@anshin.example", parsed.From.Address);
        Assert.Equal("表示された警告は偽物です。\n画面を閉じてください。", parsed.TextBody.TrimEnd());
        Assert.Equal("abc123.desk.reply@anshin.example", parsed.MessageId);
        Assert.Equal("their-1@example.jp", parsed.InReplyTo);
        Assert.Equal(["ack-1@anshin.example", "their-1@example.jp"], parsed.References);
        Assert.Equal("auto-replied", parsed.Header("Auto-Submitted"));
    }

    [Fact]
    public void Write_UsesCrlf_KeepsEveryLineWithin78Characters_AndIsPureAscii()
    {
        var bytes = MessageWriter.Write(Message(subject: string.Concat(Enumerable.Repeat("偽のウイルス警告について", 12)), body: new string('あ', 3000)));
        var text = Encoding.ASCII.GetString(bytes);

        Assert.All(bytes, b => Assert.True(b < 0x80));
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.True(line.Length <= 78, line));
    }

    [Fact]
    public void EncodedWords_NeverSplitACharacter_EvenSurrogatePairs()
    {
        var subject = string.Concat(Enumerable.Repeat("𠮷野家🍚", 20));

        var parsed = MimeParser.Parse(MessageWriter.Write(Message(subject: subject)));

        Assert.Equal(subject, parsed.Subject);
    }

    [Fact]
    public void PlainAsciiSubject_IsLeftReadable()
    {
        var text = Encoding.ASCII.GetString(MessageWriter.Write(Message(subject: "Re: your question")));

        Assert.Contains("\r\nSubject: Re: your question\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("victim@example.jp\r\nBcc: everyone@example.jp")]
    [InlineData("a b@example.jp")]
    [InlineData("<x@example.jp>")]
    public void AnAddressThatCouldInjectHeaders_IsRefused(string address)
    {
        var message = Message() with { To = [new MailboxAddress(address)] };

        Assert.Throws<ArgumentException>(() => MessageWriter.Write(message));
    }

    [Fact]
    public void LineBreaksInASubject_BecomeSpaces_SoNoHeaderCanBeSmuggledIn()
    {
        var parsed = MimeParser.Parse(MessageWriter.Write(Message(subject: "件名\r\nBcc: everyone@example.jp")));

        Assert.Equal("件名 Bcc: everyone@example.jp", parsed.Subject);
        Assert.Null(parsed.Header("Bcc"));
    }

    [Fact]
    public void Write_OneClickUnsubscribe_AsTheTwoRfc8058Headers_OnlyWhenGiven()
    {
        var plain = Encoding.ASCII.GetString(MessageWriter.Write(Message()));
        var news = Encoding.ASCII.GetString(MessageWriter.Write(Message() with { ListUnsubscribe = "https://anshin.example/mail-news/one-click?token=ab12" }));

        Assert.DoesNotContain("List-Unsubscribe", plain, StringComparison.Ordinal);
        Assert.Contains("\r\nList-Unsubscribe: <https://anshin.example/mail-news/one-click?token=ab12>\r\n", news, StringComparison.Ordinal);
        Assert.Contains("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n", news, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => MessageWriter.Write(Message() with { ListUnsubscribe = "https://a.example/x\r\nBcc: victim@example.jp" }));
    }
}
