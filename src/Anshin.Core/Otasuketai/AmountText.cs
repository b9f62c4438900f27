using System.Globalization;
using System.Text;

namespace Anshin.Core.Otasuketai;

/// <summary>Reads a whole number as people type it on a Japanese form: "１０，０００", "¥10,000", "10000円", "5台".</summary>
public static class AmountText
{
    private const int MaxDigits = 9;

    /// <summary>
    /// Null for empty input (the field was left blank); otherwise true with the value when the text is a whole number
    /// from 0 to 999,999,999 with optional grouping commas, a leading yen sign and a trailing 円, 台, 拠点 or 時間.
    /// </summary>
    public static bool? TryParse(string? input, out int value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var text = input.Normalize(NormalizationForm.FormKC).Trim().Replace("\\", "¥", StringComparison.Ordinal);
        text = text.TrimStart('¥', ' ');
        foreach (var unit in new[] { "円", "台", "拠点", "時間" })
        {
            if (text.EndsWith(unit, StringComparison.Ordinal))
            {
                text = text[..^unit.Length].TrimEnd();
                break;
            }
        }

        var digits = new StringBuilder(MaxDigits);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (digits.Length == MaxDigits)
                {
                    return false;
                }

                digits.Append(c);
            }
            else if (c != ',')
            {
                return false;
            }
        }

        return digits.Length > 0 && int.TryParse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
