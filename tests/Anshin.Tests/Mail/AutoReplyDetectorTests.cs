using Anshin.Core.Mail;

namespace Anshin.Tests.Mail;

public class AutoReplyDetectorTests
{
    private static string? Detect(params (string Name, string Value)[] fields) =>
        AutoReplyDetector.Detect([new MailHeader("From", "相談者 <sodan@example.jp>"), .. fields.Select(f => new MailHeader(f.Name, f.Value))]);

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied", "auto-submitted")]
    [InlineData("Auto-Submitted", "auto-generated; owner-email=x@example.jp", "auto-submitted")]
    [InlineData("Precedence", "bulk", "precedence")]
    [InlineData("Precedence", "JUNK", "precedence")]
    [InlineData("Precedence", "list", "precedence")]
    [InlineData("Precedence", "auto_reply", "precedence")]
    [InlineData("List-Id", "<ml.example.org>", "list-id")]
    [InlineData("List-Unsubscribe", "<mailto:leave@example.org>", "list-unsubscribe")]
    [InlineData("List-Post", "<mailto:ml@example.org>", "list-post")]
    [InlineData("X-Auto-Response-Suppress", "All", "x-auto-response-suppress")]
    [InlineData("X-Autoreply", "yes", "x-autoreply")]
    [InlineData("X-Autorespond", "yes", "x-autorespond")]
    [InlineData("Return-Path", "<>", "empty-return-path")]
    [InlineData("Return-Path", "<MAILER-DAEMON@mx.example.jp>", "system-sender")]
    public void Detect_NamesTheFieldThatMarksMachineMail(string name, string value, string reason)
    {
        Assert.Equal(reason, Detect((name, value)));
    }

    [Theory]
    [InlineData("MAILER-DAEMON@mx.example.jp")]
    [InlineData("postmaster@example.jp")]
    [InlineData("noreply@service.example.com")]
    [InlineData("No-Reply <no-reply@service.example.com>")]
    [InlineData("do-not-reply@service.example.com")]
    public void Detect_RecognisesSystemSenders(string from)
    {
        Assert.Equal("system-sender", AutoReplyDetector.Detect([new MailHeader("From", from)]));
    }

    [Fact]
    public void Detect_LeavesPeopleAlone()
    {
        Assert.Null(Detect(("Auto-Submitted", "no"), ("Precedence", "normal"), ("Return-Path", "<sodan@example.jp>")));
    }

    [Fact]
    public void Parse_MarksDeliveryReportsAsBounces()
    {
        var raw = MailBuilder.Message()
            .Header("Subject", "Delivery Status Notification (Failure)")
            .Header("Content-Type", "multipart/report; report-type=delivery-status; boundary=r")
            .Body("--r\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--r\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx.example.net\r\n\r\nFinal-Recipient: rfc822;gone@example.net\r\nAction: failed\r\n"
                + "Status: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n"
                + "--r\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <outbox-17@anshin.example>\r\nSubject: x\r\n--r--\r\n")
            .Build();

        var message = MimeParser.Parse(raw);

        Assert.True(message.IsBounce);
        Assert.True(message.IsAutomated);
        Assert.Equal("bounce", message.AutomatedReason);
        Assert.Equal(new BounceReport("outbox-17@anshin.example", "gone@example.net", "5.1.1", "failed", "550 5.1.1 user unknown"), message.Bounce);
    }

    [Fact]
    public void Parse_DoesNotMarkOrdinaryMail()
    {
        var message = MimeParser.Parse(MailBuilder.Message().Header("Subject", "相談").Body("本文").Build());

        Assert.False(message.IsAutomated);
        Assert.False(message.IsBounce);
        Assert.Null(message.AutomatedReason);
        Assert.Null(message.Bounce);
    }
}
