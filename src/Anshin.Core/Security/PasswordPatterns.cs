using System.Text;

namespace Anshin.Core.Security;

/// <summary>Detects passwords whose length is illusory because they follow a trivial pattern.</summary>
internal static class PasswordPatterns
{
    // A unit of up to four characters repeated fills twelve characters with three repeats or more.
    private const int LongestRepeatedUnit = 4;

    /// <summary>Whether the whole text is a repeated short unit or one ascending or descending run.</summary>
    public static bool IsRepetitive(string text)
    {
        var runes = text.EnumerateRunes().Select(r => r.Value).ToArray();
        return runes.Length >= 2 && (IsRepeatedUnit(runes) || IsRun(runes, 1) || IsRun(runes, -1));
    }

    private static bool IsRepeatedUnit(int[] runes)
    {
        for (var unit = 1; unit <= LongestRepeatedUnit && unit * 2 <= runes.Length; unit++)
        {
            var repeats = true;
            for (var i = unit; i < runes.Length && repeats; i++)
            {
                repeats = runes[i] == runes[i % unit];
            }

            if (repeats)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRun(int[] runes, int direction)
    {
        for (var i = 1; i < runes.Length; i++)
        {
            if (Step(runes[i - 1], runes[i]) != direction)
            {
                return false;
            }
        }

        return true;
    }

    // Digits wrap so that the keyboard row 1234567890 continues as one run.
    private static int Step(int previous, int current)
    {
        if (IsDigit(previous) && IsDigit(current))
        {
            var forward = (current - previous + 10) % 10;
            return forward == 9 ? -1 : forward;
        }

        return current - previous;
    }

    private static bool IsDigit(int codePoint) => codePoint is >= '0' and <= '9';

    /// <summary>Number of Unicode code points, which is how NIST SP 800-63B counts password length.</summary>
    public static int CodePointCount(string text)
    {
        var count = 0;
        foreach (Rune _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
