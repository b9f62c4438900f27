namespace Anshin.Core.Mail;

/// <summary>
/// Reads a bounce: the RFC 3464 delivery-status fields (the first failed recipient) and the Message-ID of
/// the message that bounced, from the attached original or, in bounces that are plain text only, from a
/// quoted header line in the text.
/// </summary>
internal static class DeliveryStatusReader
{
    private const int MaxGroups = 100;

    public static BounceReport Read(
        ReadOnlyMemory<byte>? deliveryStatus, IReadOnlyList<MailHeader>? originalHeaders, string textBody)
    {
        var originalId = originalHeaders is null ? null : MessageIdParser.ParseFirst(MailHeaders.First(originalHeaders, "Message-ID")?.RawValue);
        originalId ??= MessageIdInText(textBody);
        var recipient = deliveryStatus is { } status ? FailedRecipient(status) : null;
        return new BounceReport(
            originalId,
            recipient is null ? null : AddressOf(Field(recipient, "Final-Recipient") ?? Field(recipient, "Original-Recipient")),
            recipient is null ? null : FirstWord(Field(recipient, "Status")),
            recipient is null ? null : FirstWord(Field(recipient, "Action"))?.ToLowerInvariant(),
            recipient is null ? null : AfterType(Field(recipient, "Diagnostic-Code")));
    }

    // The per-recipient group whose action is "failed", or the first one when none says so.
    private static List<HeaderBlock.RawField>? FailedRecipient(ReadOnlyMemory<byte> status)
    {
        var groups = new List<List<HeaderBlock.RawField>>();
        var rest = status;
        var problems = new ProblemLog();
        while (!rest.IsEmpty && groups.Count < MaxGroups)
        {
            var (fields, bodyStart) = HeaderBlock.Read(rest, topLevel: false, problems);
            if (fields.Count > 0)
            {
                groups.Add(fields);
            }

            // Always move on, by at least one line, so that junk between groups cannot stall the loop.
            var advance = bodyStart > 0 ? bodyStart : HeaderBlock.Line(rest.Span, 0).Next;
            rest = rest[Math.Min(rest.Length, Math.Max(1, advance))..];
        }

        var recipients = groups.Where(group => Field(group, "Final-Recipient") is not null
            || Field(group, "Original-Recipient") is not null).ToList();
        return recipients.FirstOrDefault(group => string.Equals(FirstWord(Field(group, "Action")), "failed", StringComparison.OrdinalIgnoreCase))
            ?? recipients.FirstOrDefault();
    }

    private static string? MessageIdInText(string text)
    {
        var index = text.IndexOf("\nMessage-ID:", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }

        var start = index + "\nMessage-ID:".Length;
        var end = text.IndexOf('\n', start);
        return MessageIdParser.ParseFirst(text[start..(end < 0 ? text.Length : end)]);
    }

    private static string? Field(List<HeaderBlock.RawField> group, string name)
    {
        foreach (var field in group)
        {
            if (string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return HeaderText.Decode(field.Value.Span, null, new ProblemLog());
            }
        }

        return null;
    }

    // "rfc822; user@example.jp" and "smtp; 550 5.1.1 ..." carry a type before the semicolon.
    private static string? AfterType(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var semicolon = value.IndexOf(';', StringComparison.Ordinal);
        var text = (semicolon >= 0 ? value[(semicolon + 1)..] : value).Trim();
        return text.Length == 0 ? null : text;
    }

    private static string? AddressOf(string? value)
    {
        var text = AfterType(value);
        if (text is null)
        {
            return null;
        }

        var address = AddressListParser.NormaliseAddress(text);
        return address.Length == 0 ? null : address;
    }

    private static string? FirstWord(string? value)
    {
        var words = value?.Split([' ', '\t', '('], StringSplitOptions.RemoveEmptyEntries);
        return words is { Length: > 0 } ? words[0] : null;
    }
}
