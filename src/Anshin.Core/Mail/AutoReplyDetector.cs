namespace Anshin.Core.Mail;

/// <summary>
/// Recognises mail sent by machines — auto-replies, mailing lists, bounces, no-reply senders — from its
/// header, so that the desk never answers it automatically and no mail loop can start.
/// </summary>
public static class AutoReplyDetector
{
    private static readonly HashSet<string> AutomatedPrecedence = new(StringComparer.OrdinalIgnoreCase)
    {
        "bulk", "junk", "list", "auto_reply", "auto-reply",
    };

    private static readonly HashSet<string> SystemLocalParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "mailer-daemon", "postmaster", "noreply", "no-reply", "do-not-reply", "donotreply", "no_reply",
    };

    /// <summary>
    /// Why the message is automated — <c>auto-submitted</c>, <c>precedence</c>, <c>list-id</c>,
    /// <c>list-unsubscribe</c>, <c>list-post</c>, <c>x-auto-response-suppress</c>, <c>x-autoreply</c>,
    /// <c>x-autorespond</c>, <c>empty-return-path</c> or <c>system-sender</c> — or <see langword="null"/>
    /// when nothing says so.
    /// </summary>
    public static string? Detect(IReadOnlyList<MailHeader> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (FirstWord(MailHeaders.First(headers, "Auto-Submitted")?.Value) is { Length: > 0 } submitted
            && !string.Equals(submitted, "no", StringComparison.OrdinalIgnoreCase))
        {
            return "auto-submitted";
        }

        if (FirstWord(MailHeaders.First(headers, "Precedence")?.Value) is { } precedence && AutomatedPrecedence.Contains(precedence))
        {
            return "precedence";
        }

        foreach (var name in (string[])["List-Id", "List-Unsubscribe", "List-Post", "X-Auto-Response-Suppress", "X-Autoreply", "X-Autorespond"])
        {
            if (MailHeaders.First(headers, name) is not null)
            {
                return name.ToLowerInvariant();
            }
        }

        var returnPath = MailHeaders.First(headers, "Return-Path")?.RawValue;
        if (returnPath is not null && AddressListParser.NormaliseAddress(returnPath).Length == 0)
        {
            return "empty-return-path";
        }

        var from = AddressListParser.Parse(MailHeaders.First(headers, "From")?.RawValue);
        if ((from.Count > 0 && IsSystemSender(from[0].Address)) || (returnPath is not null && IsSystemSender(AddressListParser.NormaliseAddress(returnPath))))
        {
            return "system-sender";
        }

        return null;
    }

    /// <summary>Whether the address belongs to a mail system or a no-reply sender (MAILER-DAEMON, postmaster, noreply, …).</summary>
    public static bool IsSystemSender(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return false;
        }

        var at = address.LastIndexOf('@');
        return SystemLocalParts.Contains(at >= 0 ? address[..at] : address);
    }

    private static string? FirstWord(string? value)
    {
        var words = value?.Split([' ', '\t', ';', '('], StringSplitOptions.RemoveEmptyEntries);
        return words is { Length: > 0 } ? words[0] : null;
    }
}
