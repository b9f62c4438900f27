using System.Text;

namespace Anshin.IntegrationTests.Infrastructure;

/// <summary>A delivery status notification (RFC 3464) as Postfix writes one, returning one of our messages.</summary>
public static class TestBounces
{
    public static byte[] For(string originalMessageId, string recipient) => Encoding.ASCII.GetBytes($"""
        From: MAILER-DAEMON@mx.example.jp (Mail Delivery System)
        To: desk@anshin.localhost
        Subject: Undelivered Mail Returned to Sender
        Message-ID: <{Guid.NewGuid():N}@mx.example.jp>
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-1"

        --dsn-1
        Content-Type: text/plain

        I'm sorry to have to inform you that your message could not be delivered.

        --dsn-1
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.jp

        Final-Recipient: rfc822; {recipient}
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; 550 5.1.2 Host not found

        --dsn-1
        Content-Type: text/rfc822-headers

        From: desk@anshin.localhost
        To: {recipient}
        Subject: =?UTF-8?B?5Y+X5LuY?=
        Message-ID: <{originalMessageId}>

        --dsn-1--
        """.ReplaceLineEndings("\r\n"));
}
