using System.Text.RegularExpressions;

namespace Anshin.Core.Indicators;

/// <summary>
/// Finds demands to pay with electronic money: a gift-card, prepaid or crypto brand and a word of buying or
/// paying in the same sentence ("Appleギフトカードをコンビニで買ってくるよう言われた").
/// </summary>
/// <remarks>
/// A brand alone is not a demand: "Amazonギフトが当選" is a different story from "Amazonギフトで払え". iTunes
/// cards are keyed as <c>apple</c>, since Apple sells them as the Apple Gift Card today; BTC and ビットコイン
/// are keyed as <c>bitcoin</c>. A bare "Apple" or "Amazon" needs ギフト or Gift after it, so that fake Apple
/// support or a fake Amazon order is not read as a gift-card demand.
/// </remarks>
internal static partial class EmoneyDemandFinder
{
    [GeneratedRegex(
        @"(?:apple|アップル)\s?の?\s?(?:gift|ギフト|store\s?&\s?itunes)|itunes|アイチューンズ" +
        @"|google\s?play|グーグル\s?プレ[イー]" +
        @"|(?:amazon|アマゾン)\s?の?\s?(?:gift|ギフト)" +
        @"|web\s?money|ウェブマネー|bit\s?cash|ビットキャッシュ|nanaco|ナナコ" +
        @"|bitcoin|ビットコイン|(?<![A-Za-z])btc(?![A-Za-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, IndicatorLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BrandPattern();

    [GeneratedRegex(
        @"購入|買っ|買え|買う|買い求|買わ|支払|払っ|払え|払う|払わ|払い込|番号を(?:教え|送|伝え|読み上げ|入力)|コンビニで|送金" +
        @"|(?<![A-Za-z])(?:pay|paid|buy|bought|purchase)(?![A-Za-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, IndicatorLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DemandPattern();

    public static void Find(string text, TextSpans claimed, IndicatorCollector collector)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = SentenceEnd(text, start);
            var sentence = text.AsSpan(start, end - start);
            if (BrandPattern().IsMatch(sentence) && DemandPattern().IsMatch(sentence))
            {
                foreach (var match in BrandPattern().EnumerateMatches(sentence))
                {
                    var position = start + match.Index;
                    if (!claimed.Overlaps(position, position + match.Length))
                    {
                        var brand = EmoneyBrand.Of(sentence.Slice(match.Index, match.Length));
                        collector.Add(position, IndicatorKind.EmoneyDemand, brand.Code, brand.Name);
                    }
                }
            }

            start = end + 1;
        }
    }

    // Sentences end at 。！？!? and line breaks, and at a full stop followed by a space, which leaves the dots
    // of host names alone.
    private static int SentenceEnd(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '。' or '!' or '?' or '\n' || (c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                return i;
            }
        }

        return text.Length;
    }
}
