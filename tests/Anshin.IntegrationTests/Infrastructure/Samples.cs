using System.Text;

namespace Anshin.IntegrationTests.Infrastructure;

/// <summary>Small real files of each kind the desk accepts, and some it must refuse.</summary>
public static class Samples
{
    /// <summary>A valid 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static readonly byte[] Eml = Encoding.UTF8.GetBytes(
        "From: support@example.com\r\nTo: taro@example.jp\r\nSubject: Your PC is infected\r\nDate: Fri, 20 Nov 2026 10:00:00 +0900\r\n" +
        "Message-ID: <1@example.com>\r\n\r\nCall us now.\r\n");

    /// <summary>A Windows executable's first bytes.</summary>
    public static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    public static readonly byte[] Html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><script>alert(1)</script></html>");
}
