using System.Collections.Frozen;

namespace Anshin.Core.Indicators;

/// <summary>Writes a phone-number value the way staff read numbers, where its grouping is certain.</summary>
/// <remarks>
/// Japanese area codes run from two to five digits and only a full numbering-plan table could tell them
/// apart, so ordinary landlines other than Tokyo (03) and Osaka (06) are shown as plain digits rather than
/// grouped wrongly.
/// </remarks>
internal static class PhoneFormat
{
    // Country codes are prefix-free, so the first that matches is the code. Those of countries scam calls to
    // Japan come from most often, and of large countries; others are shown as + and digits.
    private static readonly FrozenSet<string> CountryCodes = FrozenSet.ToFrozenSet(
    [
        "7", "20", "27", "33", "34", "39", "44", "49", "52", "55", "60", "61", "62", "63", "64", "65", "66",
        "82", "84", "86", "91", "92", "95", "852", "853", "855", "856", "880", "886", "971",
    ], StringComparer.Ordinal);

    public static string Display(string value)
    {
        if (value.StartsWith('+'))
        {
            return International(value);
        }

        return value switch
        {
            { Length: 10 } when value.StartsWith("0120", StringComparison.Ordinal)
                || value.StartsWith("0570", StringComparison.Ordinal)
                || value.StartsWith("0990", StringComparison.Ordinal) => Group(value, 4, 3),
            { Length: 11 } when value.StartsWith("0800", StringComparison.Ordinal) => Group(value, 4, 3),
            { Length: 11 } when value[2] == '0' && value[1] is '5' or '7' or '8' or '9' => Group(value, 3, 4),
            { Length: 10 } when value[1] is '3' or '6' => Group(value, 2, 4),
            _ => value,
        };
    }

    private static string International(string value)
    {
        if (value.Length == 12 && value[1] == '1')
        {
            return $"+1-{value[2..5]}-{value[5..8]}-{value[8..]}";
        }

        for (var length = 1; length <= 3 && length < value.Length - 1; length++)
        {
            if (CountryCodes.Contains(value.Substring(1, length)))
            {
                return $"{value[..(length + 1)]}-{value[(length + 1)..]}";
            }
        }

        return value;
    }

    private static string Group(string value, int first, int second) =>
        $"{value[..first]}-{value[first..(first + second)]}-{value[(first + second)..]}";
}
