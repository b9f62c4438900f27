using System.Text;

namespace Anshin.Core.Organisations;

/// <summary>The 20 major groups of the Japan Standard Industrial Classification (14th revision, 2023).</summary>
public static class Industries
{
    /// <summary>All major groups, A to T.</summary>
    public static IReadOnlyList<Industry> All { get; } =
    [
        new('A', new("農業，林業", "Agriculture and forestry")),
        new('B', new("漁業", "Fisheries")),
        new('C', new("鉱業，採石業，砂利採取業", "Mining and quarrying of stone and gravel")),
        new('D', new("建設業", "Construction")),
        new('E', new("製造業", "Manufacturing")),
        new('F', new("電気・ガス・熱供給・水道業", "Electricity, gas, heat supply and water")),
        new('G', new("情報通信業", "Information and communications")),
        new('H', new("運輸業，郵便業", "Transport and postal activities")),
        new('I', new("卸売業，小売業", "Wholesale and retail trade")),
        new('J', new("金融業，保険業", "Finance and insurance")),
        new('K', new("不動産業，物品賃貸業", "Real estate and goods rental and leasing")),
        new('L', new("学術研究，専門・技術サービス業", "Scientific research, professional and technical services")),
        new('M', new("宿泊業，飲食サービス業", "Accommodations, eating and drinking services")),
        new('N', new("生活関連サービス業，娯楽業", "Living-related and personal services and amusement services")),
        new('O', new("教育，学習支援業", "Education, learning support")),
        new('P', new("医療，福祉", "Medical, health care and welfare")),
        new('Q', new("複合サービス事業", "Compound services")),
        new('R', new("サービス業（他に分類されないもの）", "Services, not elsewhere classified")),
        new('S', new("公務（他に分類されるものを除く）", "Government, except elsewhere classified")),
        new('T', new("分類不能の産業", "Industries unable to classify")),
    ];

    /// <summary>The major group with the letter, in either case, or null.</summary>
    public static Industry? Find(char code)
    {
        var upper = char.IsAsciiLetterLower(code) ? char.ToUpperInvariant(code) : code;
        return upper is >= 'A' and <= 'T' ? All[upper - 'A'] : null;
    }

    /// <summary>Whether the text, after NFKC and trimming, is one letter A to T in either case.</summary>
    public static bool IsValid(string? code)
    {
        var text = code?.Normalize(NormalizationForm.FormKC).Trim();
        return text is { Length: 1 } && Find(text[0]) is not null;
    }

    /// <summary>The major group's name in the language ("ja" or "en").</summary>
    /// <exception cref="ArgumentOutOfRangeException">The letter is not A to T.</exception>
    public static string Name(char code, string language) =>
        (Find(code) ?? throw new ArgumentOutOfRangeException(nameof(code), code, "Major groups run from A to T."))
        .Name.In(language);
}
