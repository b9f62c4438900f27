using System.Globalization;
using System.Text;
using Anshin.Core.Text;

namespace Anshin.Core.Desk;

/// <summary>
/// The receipt number (受付番号) a consultation gets when it arrives, written <c>2026-001234</c>:
/// the receipt year and a sequence that starts again at 1 every year.
/// </summary>
/// <param name="Year">The year of receipt, 2000 to 9999.</param>
/// <param name="Sequence">The position within the year, 1 to 999999.</param>
public readonly record struct ReceiptNumber(int Year, int Sequence)
{
    /// <summary>The smallest year a receipt number can carry.</summary>
    public const int MinYear = 2000;

    /// <summary>The largest year a receipt number can carry; the year is always four digits.</summary>
    public const int MaxYear = 9999;

    /// <summary>The largest sequence within a year; the sequence is always six digits.</summary>
    public const int MaxSequence = 999_999;

    private const int YearDigits = 4;
    private const int SequenceDigits = 6;

    private readonly int year = CheckYear(Year);
    private readonly int sequence = CheckSequence(Sequence);

    /// <summary>The year of receipt, 2000 to 9999.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2000 to 9999.</exception>
    public int Year { get => year; init => year = CheckYear(value); }

    /// <summary>The position within the year, 1 to 999999.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sequence is outside 1 to 999999.</exception>
    public int Sequence { get => sequence; init => sequence = CheckSequence(value); }

    /// <summary>The number as staff and consulters write it: four-digit year, hyphen, six-digit sequence.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Sequence:D6}");

    /// <summary>
    /// Reads a receipt number as a consulter may type or paste it: full-width digits, any of the dashes a
    /// Japanese input method produces (－ ー ‐ – — ― −), and surrounding spaces are accepted.
    /// </summary>
    /// <param name="text">The text to read; <see langword="null"/> is not a receipt number.</param>
    /// <param name="value">The receipt number read, or the default value when the text is not one.</param>
    /// <returns>Whether the text is exactly one receipt number with a valid year and sequence.</returns>
    public static bool TryParse(string? text, out ReceiptNumber value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC).Trim();
        if (normalized.Length != YearDigits + 1 + SequenceDigits
            || !Dashes.IsDash(normalized[YearDigits])
            || !TryReadDigits(normalized.AsSpan(0, YearDigits), out var parsedYear)
            || !TryReadDigits(normalized.AsSpan(YearDigits + 1), out var parsedSequence)
            || parsedYear is < MinYear or > MaxYear
            || parsedSequence is < 1 or > MaxSequence)
        {
            return false;
        }

        value = new ReceiptNumber(parsedYear, parsedSequence);
        return true;
    }

    /// <summary>Reads a receipt number with the same leniency as <see cref="TryParse"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a valid receipt number.</exception>
    public static ReceiptNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value)
            ? value
            : throw new FormatException(
                "A receipt number is a year 2000–9999 and a sequence 1–999999 written as 2026-001234.");
    }

    // Only ASCII digits: NFKC has mapped full-width digits, and other scripts' digits are not a receipt number.
    private static bool TryReadDigits(ReadOnlySpan<char> digits, out int number)
    {
        number = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }

    private static int CheckYear(int value) => CheckRange(value, MinYear, MaxYear, nameof(Year));

    private static int CheckSequence(int value) => CheckRange(value, 1, MaxSequence, nameof(Sequence));

    private static int CheckRange(int value, int min, int max, string paramName)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, min, paramName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max, paramName);
        return value;
    }
}
