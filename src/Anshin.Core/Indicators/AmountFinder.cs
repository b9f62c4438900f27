using System.Globalization;
using System.Text.RegularExpressions;

namespace Anshin.Core.Indicators;

/// <summary>
/// Finds sums of money in yen (<c>5万円</c>, <c>5万5千円</c>, <c>50,000円</c>, <c>¥50,000</c>, <c>3万円分</c>) and
/// US dollars (<c>USD 300</c>, <c>$300</c>, <c>300ドル</c>).
/// </summary>
/// <remarks>
/// Values are whole units: yen fractions are dropped and cents rounded to the nearest dollar. Yen sums below
/// 100 are left out: a 10円 stamp or 50円 fee says nothing about a scam. ドル is read as US dollars, the only
/// dollar scams against Japanese consulters ask for in practice. Numbers in kanji (五万円) are not read.
/// </remarks>
internal static partial class AmountFinder
{
    private const int SmallestYen = 100;
    private const int SmallestDollar = 1;
    private const decimal LargestAmount = 1_000_000_000_000_000m;

    // Digits grouped by commas, or up to twelve digits plain; atomic, so a digit run is read one way only.
    private const string Number = @"(?>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]{1,12}(?![0-9]))";
    private const string Decimal = Number + @"(?:\.[0-9]{1,4})?";

    [GeneratedRegex(
        @"(?<![0-9.,])(?:(?<oku>" + Decimal + ")億)?(?:(?<man>" + Decimal + ")万)?(?:(?<sen>" + Decimal + ")千)?(?<one>" + Number + ")?円",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, IndicatorLimits.MatchTimeoutMilliseconds)]
    private static partial Regex YenPattern();

    [GeneratedRegex(
        @"(?:¥|(?<![A-Za-z])JPY) ?(?<one>" + Number + @")(?<man>万)?円?(?![0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, IndicatorLimits.MatchTimeoutMilliseconds)]
    private static partial Regex YenSignPattern();

    [GeneratedRegex(
        @"(?:(?<![A-Za-z0-9])(?:USD|US\$|\$) ?(?<amount>" + Decimal + @")(?![0-9])" +
        @"|(?<![0-9.,])(?<amount>" + Decimal + @") ?(?:USD(?![A-Za-z])|米ドル|ドル|dollars?(?![A-Za-z])))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        IndicatorLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DollarPattern();

    public static void Find(string text, TextSpans claimed, IndicatorCollector collector)
    {
        var added = 0;
        foreach (Match match in YenPattern().Matches(text))
        {
            var yen = Units(match.Groups["oku"], 100_000_000m) + Units(match.Groups["man"], 10_000m)
                + Units(match.Groups["sen"], 1_000m) + Units(match.Groups["one"], 1m);
            if (Add(match, "JPY", yen, SmallestYen, claimed, collector) && ++added >= IndicatorExtractor.MaxIndicators)
            {
                return;
            }
        }

        foreach (Match match in YenSignPattern().Matches(text))
        {
            var yen = Units(match.Groups["one"], match.Groups["man"].Success ? 10_000m : 1m);
            if (Add(match, "JPY", yen, SmallestYen, claimed, collector) && ++added >= IndicatorExtractor.MaxIndicators)
            {
                return;
            }
        }

        foreach (Match match in DollarPattern().Matches(text))
        {
            var dollars = Math.Round(Units(match.Groups["amount"], 1m), MidpointRounding.AwayFromZero);
            if (Add(match, "USD", dollars, SmallestDollar, claimed, collector) && ++added >= IndicatorExtractor.MaxIndicators)
            {
                return;
            }
        }
    }

    private static decimal Units(Group group, decimal multiplier) =>
        group.Success && decimal.TryParse(group.ValueSpan, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var number)
            ? number * multiplier
            : 0m;

    private static bool Add(Match match, string currency, decimal amount, int smallest, TextSpans claimed, IndicatorCollector collector)
    {
        var whole = decimal.Truncate(amount);
        if (whole < smallest || whole >= LargestAmount || claimed.Overlaps(match.Index, match.Index + match.Length))
        {
            return false;
        }

        var value = string.Create(CultureInfo.InvariantCulture, $"{currency}:{whole:0}");
        var display = currency == "JPY"
            ? string.Create(CultureInfo.InvariantCulture, $"{whole:N0}円")
            : string.Create(CultureInfo.InvariantCulture, $"US${whole:N0}");
        return collector.Add(match.Index, IndicatorKind.Amount, value, display);
    }
}
