using Anshin.Core.Redaction;
using Anshin.Core.Text;

namespace Anshin.Core.Indicators;

/// <summary>
/// Finds telephone numbers: Japanese numbers in domestic or +81 form, and other numbers in + form with 8 to
/// 15 digits.
/// </summary>
/// <remarks>
/// A plain scan rather than a pattern. A run of digit groups joined by hyphens, spaces and parentheses is read
/// first; a number may then start at the first group or after a space or parenthesis, never after a hyphen,
/// and ends before a space or parenthesis or at the end of the run, never before a hyphen. So a receipt number
/// (2026-000123) or a longer number (03-1234-5678-9) yields nothing, while two numbers side by side
/// (090-1234-5678 03-1234-5678) yield two. The digit count then decides, as it does for redaction: dates,
/// postal codes, amounts and 16-digit card numbers never have the count of a Japanese number starting with 0.
/// </remarks>
internal static class PhoneNumberFinder
{
    private const int LongestNumber = 15;
    private const int ShortestInternational = 8;
    private const int NorthAmericanLength = 11;
    private const int WidestSeparator = 3;

    // A character just before the run that makes it part of something else: a word, a decimal, a path, a query.
    private const string GluedBefore = "+-.,/_#@=&%?\\¥$";

    public static void Find(string text, TextSpans claimed, IndicatorCollector collector)
    {
        var groups = new List<DigitGroup>();
        var added = 0;
        var i = 0;
        while (i < text.Length && added < IndicatorExtractor.MaxIndicators)
        {
            if (!StartsRun(text, i))
            {
                i++;
                continue;
            }

            var international = text[i] == '+';
            var end = ReadRun(text, international ? i + 1 : i, groups);
            added += Evaluate(text, end, international, groups, claimed, collector);
            i = end;
        }
    }

    private static bool StartsRun(string text, int i)
    {
        var c = text[i];
        var shaped = char.IsAsciiDigit(c) || (c is '+' or '(' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]));
        if (!shaped || i == 0)
        {
            return shaped;
        }

        var before = text[i - 1];
        return !char.IsAsciiLetterOrDigit(before) && !GluedBefore.Contains(before, StringComparison.Ordinal);
    }

    // Reads digit groups from start; returns the offset just after the last digit.
    private static int ReadRun(string text, int start, List<DigitGroup> groups)
    {
        groups.Clear();
        var j = start;
        var opened = text[j] == '(';
        if (opened)
        {
            j++;
        }

        var afterHyphen = false;
        while (true)
        {
            var groupStart = j;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            var closed = j < text.Length && text[j] == ')';
            groups.Add(new DigitGroup(groupStart, j, afterHyphen, opened && closed));

            var k = j;
            var hyphens = 0;
            opened = false;
            while (k < text.Length && k - j < WidestSeparator && text[k] is ' ' or '-' or '(' or ')')
            {
                hyphens += text[k] == '-' ? 1 : 0;
                opened |= text[k] == '(';
                k++;
            }

            if (k == j || hyphens > 1 || k >= text.Length || !char.IsAsciiDigit(text[k]))
            {
                return j;
            }

            afterHyphen = hyphens == 1;
            j = k;
        }
    }

    private static int Evaluate(
        string text, int end, bool international, List<DigitGroup> groups, TextSpans claimed, IndicatorCollector collector)
    {
        var gluedAfter = IsGluedAfter(text, end);
        var added = 0;
        var s = 0;
        while (s < groups.Count)
        {
            if (s > 0 && groups[s].AfterHyphen)
            {
                s++;
                continue;
            }

            var plus = international && s == 0;
            var (last, value) = LongestNumberFrom(text, groups, s, plus, gluedAfter);
            if (value is null)
            {
                s++;
                continue;
            }

            var start = plus ? groups[s].Start - 1 : groups[s].Start;
            if (!claimed.Overlaps(start, groups[last].End)
                && collector.Add(start, IndicatorKind.PhoneNumber, value, PhoneFormat.Display(value)))
            {
                added++;
            }

            s = last + 1;
        }

        return added;
    }

    private static (int Last, string? Value) LongestNumberFrom(
        string text, List<DigitGroup> groups, int first, bool plus, bool gluedAfter)
    {
        var best = (-1, (string?)null);
        var digits = 0;
        for (var e = first; e < groups.Count; e++)
        {
            digits += groups[e].End - groups[e].Start;
            if (digits > LongestNumber)
            {
                break;
            }

            var endsHere = e + 1 < groups.Count ? !groups[e + 1].AfterHyphen : !gluedAfter;
            var value = endsHere ? ValueOf(text, groups, first, e, plus) : null;
            if (value is not null)
            {
                best = (e, value);
            }
        }

        return best;
    }

    private static string? ValueOf(string text, List<DigitGroup> groups, int first, int last, bool plus)
    {
        Span<char> digits = stackalloc char[LongestNumber];
        var count = 0;
        for (var g = first; g <= last; g++)
        {
            // The trunk prefix some write after a country code, as in +44 (0)20 7946 0958.
            var trunk = plus && g == first + 1 && groups[g].Parenthesised && groups[g].End - groups[g].Start == 1
                && text[groups[g].Start] == '0';
            if (!trunk)
            {
                text.AsSpan(groups[g].Start, groups[g].End - groups[g].Start).CopyTo(digits[count..]);
                count += groups[g].End - groups[g].Start;
            }
        }

        digits = digits[..count];
        if (!plus)
        {
            return digits is ['0', ..] && PhoneDetector.IsPhoneNumber(digits) ? digits.ToString() : null;
        }

        var number = "+" + digits.ToString();
        if (digits is ['8', '1', ..])
        {
            return PhoneDetector.IsPhoneNumber(number) ? ContactText.PhoneDigits(number) : null;
        }

        return digits switch
        {
            ['0', ..] => null,
            ['1', ..] => count == NorthAmericanLength ? number : null,
            _ => count >= ShortestInternational ? number : null,
        };
    }

    // A letter, '@' or a counter just after the run, or a dot, comma, colon or slash followed by more, means
    // the digits belong to an identifier, an address, a sum or a decimal.
    private static bool IsGluedAfter(string text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        var c = text[end];
        return char.IsAsciiLetter(c) || c is '@' or '_' or '円' or '万' or '億' or '%'
            || (c is '.' or ',' or ':' or '/' or '-' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]));
    }

    private readonly record struct DigitGroup(int Start, int End, bool AfterHyphen, bool Parenthesised);
}
