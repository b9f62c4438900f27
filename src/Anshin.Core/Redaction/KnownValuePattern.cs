using System.Text;
using System.Text.RegularExpressions;

namespace Anshin.Core.Redaction;

/// <summary>
/// One value recorded in the case (the consulter's name, e-mail address or phone number) as a pattern that
/// tolerates the ways the same value is written elsewhere in the text.
/// </summary>
internal sealed class KnownValuePattern
{
    // A one-character name such as 林 would mask every 林檎; such names are left to the staff who review.
    private const int ShortestName = 2;

    private const string PhoneSeparator = @"[ \-()]{0,2}";

    private readonly Regex pattern;
    private readonly RedactionKind kind;

    private KnownValuePattern(string pattern, RedactionKind kind, RegexOptions options)
    {
        this.pattern = new Regex(pattern, options | RegexOptions.CultureInvariant, DetectionLimits.MatchTimeout);
        this.kind = kind;
    }

    /// <summary>The pattern for a value, or null when the value is blank or too short to match safely.</summary>
    public static KnownValuePattern? Create(string value)
    {
        var folded = WidthFolding.Fold(value).Trim();
        if (EmailDetector.IsAddress(folded))
        {
            return new KnownValuePattern(
                @"(?<![A-Za-z0-9._%+])" + Regex.Escape(folded) + @"(?![A-Za-z0-9\-]|\.[A-Za-z0-9])",
                RedactionKind.Email,
                RegexOptions.IgnoreCase);
        }

        if (IsPhoneLike(folded) && PhoneDetector.IsPhoneNumber(folded))
        {
            return new KnownValuePattern(PhonePattern(folded), RedactionKind.Phone, RegexOptions.None);
        }

        var name = string.Concat(folded.Where(c => !char.IsWhiteSpace(c)));
        return name.Length < ShortestName ? null : new KnownValuePattern(NamePattern(name), RedactionKind.KnownName, RegexOptions.IgnoreCase);
    }

    public void Find(string folded, List<Candidate> found)
    {
        foreach (var match in pattern.EnumerateMatches(folded))
        {
            found.Add(new Candidate(match.Index, match.Length, kind, IsKnownValue: true));
        }
    }

    private static bool IsPhoneLike(string folded) =>
        folded.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '+');

    // Any separators between any digits, and the +81 form of a domestic number or the domestic form of a +81 one.
    private static string PhonePattern(string folded)
    {
        var digits = string.Concat(folded.Where(char.IsAsciiDigit));
        var national = folded.StartsWith('+') ? digits[2..].TrimStart('0') : digits[1..];
        var pattern = new StringBuilder(@"(?<![0-9])(?:0|\+81[ \-]?(?:\(0\)[ \-]?)?)");
        foreach (var digit in national)
        {
            pattern.Append(PhoneSeparator).Append(digit);
        }

        return pattern.Append("(?![0-9])").ToString();
    }

    // Spaces may fall anywhere (山田 太郎, 山田　太郎, 山田太郎); Latin names must not match inside longer words.
    private static string NamePattern(string name)
    {
        var pattern = new StringBuilder();
        if (char.IsAsciiLetterOrDigit(name[0]))
        {
            pattern.Append("(?<![A-Za-z0-9])");
        }

        var separator = string.Empty;
        foreach (var rune in name.EnumerateRunes())
        {
            pattern.Append(separator).Append(Regex.Escape(rune.ToString()));
            separator = @"\s*";
        }

        if (char.IsAsciiLetterOrDigit(name[^1]))
        {
            pattern.Append("(?![A-Za-z0-9])");
        }

        return pattern.ToString();
    }
}
