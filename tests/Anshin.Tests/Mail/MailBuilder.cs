using System.Text;

namespace Anshin.Tests.Mail;

/// <summary>Builds raw test messages: header fields in order, then a body, with CRLF line ends unless told otherwise.</summary>
internal sealed class MailBuilder
{
    private readonly List<byte[]> fields = [];
    private byte[] body = [];
    private string newline = "\r\n";

    public static MailBuilder Message() => new MailBuilder()
        .Header("From", "taro@example.jp")
        .Header("To", "desk@anshin.example")
        .Header("Date", "Tue, 14 May 2024 10:15:00 +0900");

    public MailBuilder Header(string name, string value) => RawHeader(Encoding.UTF8.GetBytes($"{name}: {value}"));

    public MailBuilder RawHeader(byte[] line)
    {
        fields.Add(line);
        return this;
    }

    public MailBuilder Body(string text) => Body(Encoding.UTF8.GetBytes(text));

    public MailBuilder Body(byte[] bytes)
    {
        body = bytes;
        return this;
    }

    public MailBuilder LineFeedsOnly()
    {
        newline = "\n";
        return this;
    }

    public byte[] Build()
    {
        var output = new List<byte>();
        var end = Encoding.ASCII.GetBytes(newline);
        foreach (var field in fields)
        {
            output.AddRange(field);
            output.AddRange(end);
        }

        output.AddRange(end);
        output.AddRange(newline == "\n" ? [.. body.Where(b => b != (byte)'\r')] : body);
        return [.. output];
    }
}
