using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Anshin.Core.Indicators;

/// <summary>
/// Finds SMS sender names (<c>SAGAWA</c>) and short codes, only where the text says it is the sender:
/// 送信元, 差出人, 送信者, 発信元 or "from" a few characters before, or a quoted name followed by からのSMS.
/// </summary>
/// <remarks>
/// Kept narrow on purpose: a false sender would cluster unrelated cases. Sender names are one to eleven ASCII
/// letters, digits, hyphens and underscores, as the SMS alphanumeric sender field allows. After the English
/// "from" the name must be quoted or written without lower-case letters ("an SMS from SAGAWA", not "from the
/// bank"), and short codes of three to six digits count only after a Japanese cue. A sender that is a phone
/// number is left to the phone-number finder, and a name followed by an e-mail address on the same line is the
/// display name of an e-mail, not an SMS sender.
/// </remarks>
internal static partial class SmsSenderFinder
{
    private const int LongestShortCode = 6;
    private const int ShortestShortCode = 3;
    private const int EmailLookahead = 40;

    private const string Sender = @"(?<open>[「『""“'‘【\[(<])?(?<id>[A-Za-z0-9][A-Za-z0-9\-_&]{0,10})(?<close>[」』""”'’】\])>])?";
    private const string NotGlued = @"(?![A-Za-z0-9\-_&@]|\.[A-Za-z0-9])";

    // Words that follow a cue without being a sender: "送信元のURLは…", "from SMS".
    private static readonly FrozenSet<string> NotSenders = FrozenSet.ToFrozenSet(
        ["SMS", "MMS", "URL", "TEL", "FAX", "HTTP", "HTTPS", "WWW", "MAIL", "EMAIL", "E-MAIL", "ID", "NO", "IP", "THE"],
        StringComparer.Ordinal);

    [GeneratedRegex(
        @"(?<cue>送信元|差出人|送信者|発信元|発信者|(?<![A-Za-z])from(?![A-Za-z]))[^\n。A-Za-z0-9+@]{0,10}?" + Sender + NotGlued,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        IndicatorLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CueBeforePattern();

    [GeneratedRegex(
        @"(?<open>[「『""“【])(?<id>[A-Za-z0-9][A-Za-z0-9\-_&]{0,10})(?<close>[」』""”】])(?:という名前|名義)?(?:から|より)の?(?:SMS|ショートメッセージ|ショートメール|メッセージ)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        IndicatorLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CueAfterPattern();

    public static void Find(string text, TextSpans claimed, IndicatorCollector collector)
    {
        var added = 0;
        foreach (Match match in CueBeforePattern().Matches(text))
        {
            var cue = match.Groups["cue"].Value;
            var english = cue[0] is 'f' or 'F';
            if (Accept(text, match, claimed, english, collector) && ++added >= IndicatorExtractor.MaxIndicators)
            {
                return;
            }
        }

        foreach (Match match in CueAfterPattern().Matches(text))
        {
            if (Accept(text, match, claimed, english: false, collector) && ++added >= IndicatorExtractor.MaxIndicators)
            {
                return;
            }
        }
    }

    private static bool Accept(string text, Match match, TextSpans claimed, bool english, IndicatorCollector collector)
    {
        var id = match.Groups["id"];
        var quoted = match.Groups["open"].Success && match.Groups["close"].Success;
        var name = id.Value;
        var value = name.ToUpperInvariant();
        var digitsOnly = name.All(char.IsAsciiDigit);
        var plausible = digitsOnly
            ? !english && name.Length is >= ShortestShortCode and <= LongestShortCode
                && !IsCounted(text, id.Index + id.Length) && !IsFollowedByDigits(text, id.Index + id.Length)
            : (!english || quoted || !name.Any(char.IsAsciiLetterLower)) && name.Length >= 2 && !NotSenders.Contains(value);
        return plausible
            && !claimed.Overlaps(match.Index, match.Index + match.Length)
            && !IsEmailDisplayName(text, id.Index + id.Length)
            && collector.Add(id.Index, IndicatorKind.SmsSender, value, name);
    }

    // 2024年, 3回, 500円: a number with a counter after it is not a short code.
    private static bool IsCounted(string text, int end) =>
        end < text.Length && "年月日時分秒円件回通人歳万千億個台".Contains(text[end], StringComparison.Ordinal);

    // (0120)123-456 and 0120 123 456 are phone numbers, whose first group must not pass for a short code.
    private static bool IsFollowedByDigits(string text, int end)
    {
        var i = end;
        while (i < text.Length && i - end < 3 && text[i] is ' ' or '-' or '(' or ')')
        {
            i++;
        }

        return i < text.Length && char.IsAsciiDigit(text[i]);
    }

    private static bool IsEmailDisplayName(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(EmailLookahead, text.Length - end));
        var lineEnd = rest.IndexOf('\n');
        return (lineEnd < 0 ? rest : rest[..lineEnd]).Contains('@');
    }
}
