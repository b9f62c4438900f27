using System.Buffers;
using System.Globalization;

namespace Anshin.Core.Mail;

/// <summary>
/// Reads RFC 5322 dates including the obsolete forms (two- and three-digit years, named and military zones,
/// missing seconds, comments) and the asctime and ISO layouts some software writes, returning
/// <see langword="null"/> for anything that is not a real date rather than guessing.
/// </summary>
internal static class MailDateParser
{
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    private static readonly SearchValues<char> ZoneStart =
        SearchValues.Create("+-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly Dictionary<string, int> NamedZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0,
        ["UTC"] = 0,
        ["GMT"] = 0,
        ["Z"] = 0,
        ["EST"] = -5,
        ["EDT"] = -4,
        ["CST"] = -6,
        ["CDT"] = -5,
        ["MST"] = -7,
        ["MDT"] = -6,
        ["PST"] = -8,
        ["PDT"] = -7,
        ["JST"] = 9,
        ["KST"] = 9,
        ["HKT"] = 8,
        ["SGT"] = 8,
        ["CET"] = 1,
        ["CEST"] = 2,
        ["BST"] = 1,
        ["IST"] = 5,
    };

    /// <summary>The date the field gives, or <see langword="null"/> with a problem noted when there is none.</summary>
    public static DateTimeOffset? Parse(string? text, ProblemLog? problems = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = ParseRfc5322(StripComments(text), problems) ?? ParseOther(text);
        if (result is null)
        {
            problems?.Add(MailProblem.InvalidDate);
        }

        return result;
    }

    private static DateTimeOffset? ParseRfc5322(string text, ProblemLog? problems)
    {
        var tokens = text.Split([' ', '\t', ',', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        int? month = null;
        var numbers = new List<string>();
        string? time = null;
        TimeSpan? zone = null;
        foreach (var raw in tokens)
        {
            var token = raw.TrimEnd('.');
            if (month is null && MonthOf(token) is { } m)
            {
                month = m;
            }
            else if (time is null && token.Contains(':', StringComparison.Ordinal) && char.IsAsciiDigit(token[0]))
            {
                // "10:00:00+0900" and "10:00:00GMT" glue the zone to the time.
                var zoneStart = token.AsSpan().IndexOfAny(ZoneStart);
                time = zoneStart < 0 ? token : token[..zoneStart];
                if (zoneStart >= 0)
                {
                    zone ??= ZoneOf(token[zoneStart..]);
                }
            }
            else if (token.All(char.IsAsciiDigit))
            {
                numbers.Add(token);
            }
            else if (zone is null && time is not null && ZoneOf(token) is { } z)
            {
                zone = z;
            }
        }

        if (month is null || numbers.Count < 2)
        {
            return null;
        }

        // "1 Jan 2024" and asctime's "Jan 1 10:00:00 2024" both give the day first; "2024 Jan 1" does not.
        var (dayText, yearText) = numbers[0].Length >= 3 ? (numbers[1], numbers[0]) : (numbers[0], numbers[1]);
        if (!int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || dayText.Length > 2 || yearText.Length > 4)
        {
            return null;
        }

        year = yearText.Length switch
        {
            <= 2 => year < 50 ? 2000 + year : 1900 + year,
            3 => 1900 + year,
            _ => year,
        };
        var (hour, minute, second) = TimeOf(time);
        if (hour is null)
        {
            return null;
        }

        // An unreadable zone ("+9999") tells no more than a missing one: the time is read as UTC.
        if (zone is not { } offset || offset.Duration() > MaxOffset)
        {
            problems?.Add(MailProblem.DateWithoutZone);
            offset = TimeSpan.Zero;
        }

        return Build(year, month.Value, day, hour.Value, minute, second, offset);
    }

    private static DateTimeOffset? ParseOther(string text)
    {
        var styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, styles, out var value) ? value : null;
    }

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, TimeSpan zone)
    {
        if (year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 60)
        {
            return null;
        }

        // A leap second is read as the last ordinary second before it.
        try
        {
            return new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), zone);
        }
        catch (ArgumentOutOfRangeException)
        {
            // The first or last hours of year 1 or 9999 fall outside DateTimeOffset's range in UTC.
            return null;
        }
    }

    private static (int? Hour, int Minute, int Second) TimeOf(string? time)
    {
        if (time is null)
        {
            return (0, 0, 0);
        }

        var parts = time.Split(':');
        var values = new int[3];
        if (parts.Length is < 2 or > 3)
        {
            return (null, 0, 0);
        }

        for (var k = 0; k < parts.Length; k++)
        {
            if (parts[k].Length is 0 or > 2
                || !int.TryParse(parts[k], NumberStyles.None, CultureInfo.InvariantCulture, out values[k]))
            {
                return (null, 0, 0);
            }
        }

        return (values[0], values[1], values[2]);
    }

    private static int? MonthOf(string token)
    {
        if (token.Length < 3 || !char.IsAsciiLetter(token[0]))
        {
            return null;
        }

        var index = Array.FindIndex(Months, month => token.StartsWith(month, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index + 1;
    }

    private static TimeSpan? ZoneOf(string token)
    {
        if (token.Length >= 3 && token[0] is '+' or '-')
        {
            var digits = token[1..].Replace(":", string.Empty, StringComparison.Ordinal);
            if (digits.Length == 2)
            {
                digits += "00";
            }

            if (digits.Length == 4 && digits.All(char.IsAsciiDigit))
            {
                var hours = (digits[0] - '0') * 10 + (digits[1] - '0');
                var minutes = (digits[2] - '0') * 10 + (digits[3] - '0');
                if (minutes > 59)
                {
                    return null;
                }

                var offset = new TimeSpan(hours, minutes, 0);
                return token[0] == '-' ? -offset : offset;
            }

            return null;
        }

        if (token.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) || token.StartsWith("UTC", StringComparison.OrdinalIgnoreCase))
        {
            return token.Length == 3 ? TimeSpan.Zero : ZoneOf(token[3..]);
        }

        if (NamedZones.TryGetValue(token, out var named))
        {
            return TimeSpan.FromHours(named);
        }

        // Military single letters are unreliable (RFC 5322 §4.3): read them as UTC.
        return token.Length == 1 && char.IsAsciiLetter(token[0]) ? TimeSpan.Zero : null;
    }

    private static string StripComments(string text)
    {
        if (!text.Contains('(', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
