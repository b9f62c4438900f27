using Anshin.Core.Organisations;

namespace Anshin.Core.Otasuketai;

/// <summary>One requirement of the standard: its code, its name, and whether an amount (yen, devices, years) sets it.</summary>
public sealed record Requirement(string Code, BilingualText Name, BilingualText? AmountLabel = null);

/// <summary>The requirements the check knows, in the order the standard lists them. Their amounts and whether each applies are data (<see cref="StandardRules"/>).</summary>
public static class Requirements
{
    public const string Desk = "desk";
    public const string Monitoring = "monitoring";
    public const string OnSite = "on-site";
    public const string Insurance = "insurance";
    public const string Ease = "ease";
    public const string NetworkPrice = "price-network";
    public const string EndpointPrice = "price-endpoint";
    public const string CombinedPrice = "price-combined";
    public const string MinimumContract = "minimum-contract";
    public const string Category2History = "category2-history";
    public const string Category2Consulting = "category2-consulting";

    public static IReadOnlyList<Requirement> All { get; } =
    [
        new(Desk, new("相談窓口", "Consultation desk")),
        new(Monitoring, new("24時間の異常監視と利用者への通知", "24-hour monitoring with user notification")),
        new(OnSite, new("駆け付け支援", "On-site emergency support")),
        new(Insurance, new("簡易サイバー保険（初動対応費用）", "Simple cyber insurance (first-response costs)")),
        new(Ease, new("専門知識なしで導入・運用できること", "Usable without expert knowledge")),
        new(NetworkPrice, new("価格：ネットワーク型", "Price: network type"), new("1拠点あたり月額上限（円・税抜）", "Monthly cap per site (yen, excl. tax)")),
        new(EndpointPrice, new("価格：端末型", "Price: endpoint type"), new("1台あたり月額上限（円・税抜）", "Monthly cap per device (yen, excl. tax)")),
        new(CombinedPrice, new("価格：併用型", "Price: combined type")),
        new(MinimumContract, new("最低契約台数", "Minimum contract"), new("最低契約台数の上限（台）", "Largest allowed minimum (devices)")),
        new(Category2History, new("類型2：類型1での実績", "Category 2: record in category 1"), new("必要な年数", "Years required")),
        new(Category2Consulting, new("類型2：定期的なコンサルティング", "Category 2: regular consulting")),
    ];

    public static Requirement? Find(string code) => All.FirstOrDefault(r => r.Code == code);
}
