namespace Anshin.Core.Organisations;

/// <summary>The 47 prefectures in JIS X 0401 order, Hokkaido (1) to Okinawa (47).</summary>
public static class Prefectures
{
    /// <summary>All prefectures, ordered by code.</summary>
    public static IReadOnlyList<Prefecture> All { get; } =
    [
        new(1, new("北海道", "Hokkaido")),
        new(2, new("青森県", "Aomori")),
        new(3, new("岩手県", "Iwate")),
        new(4, new("宮城県", "Miyagi")),
        new(5, new("秋田県", "Akita")),
        new(6, new("山形県", "Yamagata")),
        new(7, new("福島県", "Fukushima")),
        new(8, new("茨城県", "Ibaraki")),
        new(9, new("栃木県", "Tochigi")),
        new(10, new("群馬県", "Gunma")),
        new(11, new("埼玉県", "Saitama")),
        new(12, new("千葉県", "Chiba")),
        new(13, new("東京都", "Tokyo")),
        new(14, new("神奈川県", "Kanagawa")),
        new(15, new("新潟県", "Niigata")),
        new(16, new("富山県", "Toyama")),
        new(17, new("石川県", "Ishikawa")),
        new(18, new("福井県", "Fukui")),
        new(19, new("山梨県", "Yamanashi")),
        new(20, new("長野県", "Nagano")),
        new(21, new("岐阜県", "Gifu")),
        new(22, new("静岡県", "Shizuoka")),
        new(23, new("愛知県", "Aichi")),
        new(24, new("三重県", "Mie")),
        new(25, new("滋賀県", "Shiga")),
        new(26, new("京都府", "Kyoto")),
        new(27, new("大阪府", "Osaka")),
        new(28, new("兵庫県", "Hyogo")),
        new(29, new("奈良県", "Nara")),
        new(30, new("和歌山県", "Wakayama")),
        new(31, new("鳥取県", "Tottori")),
        new(32, new("島根県", "Shimane")),
        new(33, new("岡山県", "Okayama")),
        new(34, new("広島県", "Hiroshima")),
        new(35, new("山口県", "Yamaguchi")),
        new(36, new("徳島県", "Tokushima")),
        new(37, new("香川県", "Kagawa")),
        new(38, new("愛媛県", "Ehime")),
        new(39, new("高知県", "Kochi")),
        new(40, new("福岡県", "Fukuoka")),
        new(41, new("佐賀県", "Saga")),
        new(42, new("長崎県", "Nagasaki")),
        new(43, new("熊本県", "Kumamoto")),
        new(44, new("大分県", "Oita")),
        new(45, new("宮崎県", "Miyazaki")),
        new(46, new("鹿児島県", "Kagoshima")),
        new(47, new("沖縄県", "Okinawa")),
    ];

    /// <summary>The prefecture with the JIS code, or null when the code is not 1 to 47.</summary>
    public static Prefecture? Find(int code) => code is >= 1 and <= 47 ? All[code - 1] : null;

    /// <summary>The prefecture's name in the language ("ja" or "en").</summary>
    /// <exception cref="ArgumentOutOfRangeException">The code is not 1 to 47.</exception>
    public static string Name(int code, string language) =>
        (Find(code) ?? throw new ArgumentOutOfRangeException(nameof(code), code, "Prefecture codes run from 1 to 47."))
        .Name.In(language);
}
