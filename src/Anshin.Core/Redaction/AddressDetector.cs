using System.Text.RegularExpressions;

namespace Anshin.Core.Redaction;

/// <summary>
/// Finds addresses: a prefecture followed by a municipality (市, 区, 町, 村 or 郡) and the rest of the line,
/// or a ward of a designated city (横浜市港北区…) followed by block numbers.
/// </summary>
/// <remarks>
/// A prefecture alone stays ("東京都の窓口に相談した"): prefecture-level location is what published examples
/// keep. Japanese runs on without spaces, so the rest of the address is limited to the characters addresses
/// are written in, and stops at hiragana and at words that follow an address in a sentence (在住, 付近, …).
/// </remarks>
internal static partial class AddressDetector
{
    private const string Prefecture =
        "(?:北海道|東京都|(?:大阪|京都)府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川|福井|山梨" +
        "|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎" +
        "|鹿児島|沖縄)県)";

    // Only the twenty designated cities (政令指定都市) have wards, so a ward after one of them is an address
    // even without the prefecture.
    private const string DesignatedCity =
        "(?:札幌|仙台|さいたま|千葉|横浜|川崎|相模原|新潟|静岡|浜松|名古屋|京都|大阪|堺|神戸|岡山|広島|北九州|福岡|熊本)市";

    private const string NameChar = @"[\p{IsCJKUnifiedIdeographs}々ヶヵァ-ヺ]";

    // Most municipality names are kanji; some are or start with hiragana (さいたま市, いちき串木野市, 南あわじ市).
    // A hiragana run must not start with a particle, or "大阪府には市が…" would read as an address.
    private const string MunicipalityName =
        @"(?:[\p{IsCJKUnifiedIdeographs}々]{0,2}(?![のにはをでへともやがか])[ぁ-ゖ]{2,6}" + NameChar + "{0,3}|" + NameChar + "{1,7}?)";

    private const string Municipality = "(?:" + MunicipalityName + "[市区町村郡]){1,3}";

    private const string StopWord = "(?:在住|在勤|在学|出身|周辺|付近|近辺|近郊|役所|役場|内[のにでをはかへ]|全域|方面|警察|選挙|住民)";

    // The start of a chome or banchi (2-…, 1丁目, 3番, 北1条, 一丁目), as opposed to a count such as 2か所 or 3名.
    private const string BlockNumber = "(?:[0-9]+(?:-|丁目|番|条)|[一二三四五六七八九十]+丁目)";

    // Town names, block numbers (2-28-8, 1丁目2番3号, 北1条西2丁目, 1の2) and building names in katakana.
    // Hiragana ends the address except in town names such as 丸の内 and 霞が関: の only when block numbers
    // soon follow (so "文京区の窓口" stops at 区), が only before the kanji such names end in.
    private const string Rest =
        "(?:(?!" + StopWord + @")(?:[\p{IsCJKUnifiedIdeographs}々ヶヵァ-ヺ0-9\-]|(?<=[0-9])の(?=[0-9])" +
        @"|(?<=\p{IsCJKUnifiedIdeographs})の(?=\p{IsCJKUnifiedIdeographs}{1,4}" + BlockNumber + ")" +
        "|が(?=[丘谷関原崎岡森浜台沢瀬島]))){0,40}";

    [GeneratedRegex(Prefecture + Municipality + Rest,
        RegexOptions.CultureInvariant, DetectionLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PrefecturalPattern();

    [GeneratedRegex(DesignatedCity + NameChar + "{1,5}?区" + Rest,
        RegexOptions.CultureInvariant, DetectionLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WardPattern();

    public static void Find(string folded, List<Candidate> found)
    {
        foreach (var match in PrefecturalPattern().EnumerateMatches(folded))
        {
            found.Add(new Candidate(match.Index, match.Length, RedactionKind.Address));
        }

        // Without the prefecture, "横浜市港北区の窓口" is a public office; only block numbers make it someone's home.
        foreach (var match in WardPattern().EnumerateMatches(folded))
        {
            var address = folded.AsSpan(match.Index, match.Length);
            if (address.ContainsAnyInRange('0', '9') || address.Contains("丁目", StringComparison.Ordinal))
            {
                found.Add(new Candidate(match.Index, match.Length, RedactionKind.Address));
            }
        }
    }
}
