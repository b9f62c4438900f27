namespace Anshin.Core.Mail;

/// <summary>Case-insensitive look-ups in a header list.</summary>
internal static class MailHeaders
{
    public static MailHeader? First(IReadOnlyList<MailHeader> headers, string name)
    {
        foreach (var header in headers)
        {
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return header;
            }
        }

        return null;
    }

    public static List<string> All(IReadOnlyList<MailHeader> headers, string name) =>
        [.. headers.Where(header => string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase)).Select(header => header.Value)];
}
