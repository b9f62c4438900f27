namespace Anshin.Core.Otasuketai;

/// <summary>
/// The price caps. A price is a base fee per contract plus a part per site and a part per device, so the price of
/// s sites and d devices stays within the caps for every s, d ≥ 1 exactly when each part is within its own cap and
/// the smallest configuration (one site, one device) is within the sum — which is what these rules check, naming the
/// configuration that breaks the cap.
/// </summary>
public static partial class StandardCheck
{
    private static RequirementResult CheckNetworkPrice(StandardRules rules, ServiceOffer offer)
    {
        const string code = Requirements.NetworkPrice;
        if (offer.Type != ServiceType.Network)
        {
            return NotApplicable(code, "ネットワーク型のサービスだけに適用します。", "Applies to network-type services only.");
        }

        var cap = rules.AmountOf(code);
        if (offer.PerSiteMonthly is not { } perSite)
        {
            return Fail(code, "1拠点あたりの月額料金が書かれていません。", "The monthly price per site is not given.");
        }

        var smallest = (offer.BaseMonthly ?? 0) + (long)perSite;
        if (perSite > cap || smallest > cap)
        {
            return Fail(code, $"1拠点の月額が {Yen.Format(smallest)}（税抜）で、上限 {Yen.Format(cap)} を超えています。",
                $"One site costs {Yen.Format(smallest)} a month (excl. tax), above the cap of {Yen.Format(cap)}.");
        }

        return Pass(code, $"1拠点の月額 {Yen.Format(smallest)}（税抜）で、上限 {Yen.Format(cap)} 以内です。",
            $"One site costs {Yen.Format(smallest)} a month (excl. tax), within the cap of {Yen.Format(cap)}.");
    }

    private static RequirementResult CheckEndpointPrice(StandardRules rules, ServiceOffer offer)
    {
        const string code = Requirements.EndpointPrice;
        if (offer.Type != ServiceType.Endpoint)
        {
            return NotApplicable(code, "端末型のサービスだけに適用します。", "Applies to endpoint-type services only.");
        }

        var cap = rules.AmountOf(code);
        if (offer.PerDeviceMonthly is not { } perDevice)
        {
            return Fail(code, "1台あたりの月額料金が書かれていません。", "The monthly price per device is not given.");
        }

        if (perDevice > cap)
        {
            return Fail(code, $"1台あたりの月額が {Yen.Format(perDevice)}（税抜）で、上限 {Yen.Format(cap)} を超えています。",
                $"Each device costs {Yen.Format(perDevice)} a month (excl. tax), above the cap of {Yen.Format(cap)} per device.");
        }

        var smallest = (offer.BaseMonthly ?? 0) + (long)perDevice;
        if (smallest > cap)
        {
            return Fail(code, $"基本料金を含めると1台の契約で月額 {Yen.Format(smallest)}（税抜）となり、上限 {Yen.Format(cap)} を超えています。",
                $"With the base fee, a one-device contract costs {Yen.Format(smallest)} a month (excl. tax), above the cap of {Yen.Format(cap)}.");
        }

        return Pass(code, $"1台あたり月額 {Yen.Format(perDevice)}（税抜）で、上限 {Yen.Format(cap)} 以内です。",
            $"Each device costs {Yen.Format(perDevice)} a month (excl. tax), within the cap of {Yen.Format(cap)}.");
    }

    private static RequirementResult CheckCombinedPrice(StandardRules rules, ServiceOffer offer)
    {
        const string code = Requirements.CombinedPrice;
        if (offer.Type != ServiceType.Combined)
        {
            return NotApplicable(code, "併用型のサービスだけに適用します。", "Applies to combined services only.");
        }

        var siteCap = rules.AmountOf(Requirements.NetworkPrice);
        var deviceCap = rules.AmountOf(Requirements.EndpointPrice);
        if (offer.PerSiteMonthly is not { } perSite || offer.PerDeviceMonthly is not { } perDevice)
        {
            return Fail(code, "併用型は1拠点あたりと1台あたりの月額料金の両方が必要です。",
                "A combined service needs both a monthly price per site and one per device.");
        }

        if (perSite > siteCap)
        {
            return Fail(code, $"拠点ごとの料金 {Yen.Format(perSite)} が、ネットワーク部分の上限 {Yen.Format(siteCap)} を超えています。拠点を増やすと合計の上限を超えます。",
                $"The price per site, {Yen.Format(perSite)}, is above the network cap of {Yen.Format(siteCap)}; with more sites the total goes above the sum of the caps.");
        }

        if (perDevice > deviceCap)
        {
            return Fail(code, $"1台ごとの料金 {Yen.Format(perDevice)} が、端末部分の上限 {Yen.Format(deviceCap)} を超えています。台数を増やすと合計の上限を超えます。",
                $"The price per device, {Yen.Format(perDevice)}, is above the endpoint cap of {Yen.Format(deviceCap)}; with more devices the total goes above the sum of the caps.");
        }

        var smallest = (offer.BaseMonthly ?? 0) + (long)perSite + perDevice;
        var smallestCap = (long)siteCap + deviceCap;
        if (smallest > smallestCap)
        {
            return Fail(code, $"1拠点・1台の構成で月額 {Yen.Format(smallest)}（税抜）となり、上限の合計 {Yen.Format(smallestCap)} を超えています。",
                $"One site with one device costs {Yen.Format(smallest)} a month (excl. tax), above the sum of the caps, {Yen.Format(smallestCap)}.");
        }

        return Pass(code, $"どの構成でも上限の合計以内です（1拠点・1台で {Yen.Format(smallest)}、上限 {Yen.Format(smallestCap)}）。",
            $"Every configuration stays within the sum of the caps (one site with one device: {Yen.Format(smallest)}, cap {Yen.Format(smallestCap)}).");
    }

    private static RequirementResult CheckMinimumContract(StandardRules rules, ServiceOffer offer)
    {
        const string code = Requirements.MinimumContract;
        var largest = rules.AmountOf(code);
        if (!offer.Type.WatchesEndpoints())
        {
            return Pass(code, "拠点単位の契約で、台数の条件はありません。", "Contracts are per site, with no minimum number of devices.");
        }

        var minimum = Math.Max(offer.MinimumDevices ?? 1, 1);
        if (minimum > largest)
        {
            return Fail(code, $"最低契約台数が {minimum} 台です。{largest} 台から契約できる必要があります。",
                $"The minimum contract is {minimum} devices; a contract must be possible from {largest}.");
        }

        return Pass(code, $"{minimum} 台から契約できます。", $"A contract is possible from {minimum} device{(minimum == 1 ? "" : "s")}.");
    }

    private static RequirementResult CheckCategory2History(StandardRules rules, ServiceOffer offer, DateOnly today)
    {
        const string code = Requirements.Category2History;
        if (offer.Category != 2)
        {
            return NotApplicable(code, "類型2の申請だけに適用します。", "Applies to category-2 applications only.");
        }

        var years = rules.AmountOf(code);
        if (offer.Category1Since is not { } since)
        {
            return Fail(code, $"類型1での提供開始日が書かれていません。類型2には類型1で {years} 年以上の実績が必要です。",
                $"No start date in category 1 is given. Category 2 needs {years} years or more in category 1.");
        }

        if (since.AddYears(years) > today)
        {
            return Fail(code, $"類型1での実績が {years} 年に届いていません（{Day(since)} から）。",
                $"The record in category 1 is shorter than {years} years (since {Day(since)}).");
        }

        if (!offer.Category1SinceVerified)
        {
            return Review(code, $"類型1での実績は申告で {Day(since)} からです。この登録簿では確認できないため、審査で確認します。",
                $"The provider states a category-1 record since {Day(since)}. This registry cannot confirm it, so a reviewer will.");
        }

        return Pass(code, $"この登録簿で {Day(since)} から類型1の実績があります。",
            $"This registry shows a category-1 record since {Day(since)}.");
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static RequirementResult CheckCategory2Consulting(ServiceOffer offer)
    {
        const string code = Requirements.Category2Consulting;
        if (offer.Category != 2)
        {
            return NotApplicable(code, "類型2の申請だけに適用します。", "Applies to category-2 applications only.");
        }

        return offer.RegularConsulting
            ? Pass(code, "利用者への定期的なコンサルティングがあります。", "Regular consulting for the user is included.")
            : Fail(code, "類型2には利用者への定期的なコンサルティングが必要です。", "Category 2 needs regular consulting for the user.");
    }
}
