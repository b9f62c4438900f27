using Anshin.Core.Organisations;

namespace Anshin.Core.Otasuketai;

/// <summary>Whether one service fits a firm, what it would cost that firm a month, and why it fits or not.</summary>
public sealed record ServiceMatch(bool Fits, long? MonthlyCost, IReadOnlyList<BilingualText> Reasons);

/// <summary>
/// The matching wizard's rule: a service fits when it is offered in the firm's prefecture, can watch what the firm
/// has (a network service needs a device to watch, its own or one it supplies; servers need a service that takes
/// them), sends an engineer there when the firm wants one, and costs no more than the budget.
/// </summary>
public static class ServiceMatcher
{
    public static ServiceMatch Match(MatchNeed need, ServiceOffer offer)
    {
        var why = new List<BilingualText>();
        var prefecture = Prefectures.Find(need.Prefecture)?.Name ?? new("—", "—");
        if (!offer.Serves(need.Prefecture))
        {
            return Misfit($"{prefecture.Ja}では提供されていません。", $"Not offered in {prefecture.En}.");
        }

        why.Add(offer.Nationwide ? new("全国で提供しています。", "Offered nationwide.") : new($"{prefecture.Ja}で提供しています。", $"Offered in {prefecture.En}."));

        if (offer.Type.WatchesNetwork())
        {
            if (need.HasNetworkDevice == NetworkDevice.Yes)
            {
                why.Add(new("お使いのUTM・ルーターを含めて監視します。", "Watches your UTM or router."));
            }
            else if (offer.SuppliesNetworkDevice)
            {
                why.Add(new("監視に使う機器はサービスに含まれています。", "The device it watches through comes with the service."));
            }
            else if (need.HasNetworkDevice == NetworkDevice.No)
            {
                return Misfit("監視するUTM・ルーターが別途必要です。", "Needs a UTM or router of your own to watch.");
            }
            else
            {
                why.Add(new("お使いの機器を監視できるか、事業者に確認してください。", "Ask the provider whether it can watch the device you have."));
            }
        }

        if (offer.Type.WatchesEndpoints())
        {
            if (need.Servers > 0 && !offer.SupportsServers)
            {
                return Misfit("サーバーは監視の対象外です。", "Does not cover servers.");
            }

            if (need.Devices == 0 && offer.Type == ServiceType.Endpoint)
            {
                return Misfit("監視する端末が必要です。", "Needs devices to watch.");
            }

            why.Add(new($"PC {need.Pcs} 台とサーバー {need.Servers} 台を監視します。", $"Watches {need.Pcs} PCs and {need.Servers} servers."));
        }

        if (need.WantsOnSite)
        {
            if (!offer.OnSiteIn(need.Prefecture))
            {
                return Misfit($"{prefecture.Ja}への駆け付けはありません。", $"No on-site visits to {prefecture.En}.");
            }

            why.Add(offer.OnSiteResponseHours is { } hours
                ? new($"{prefecture.Ja}へ駆け付けます（目安 {hours} 時間）。", $"Sends an engineer to {prefecture.En} (target {hours} hours).")
                : new($"{prefecture.Ja}へ駆け付けます。", $"Sends an engineer to {prefecture.En}."));
        }

        var cost = offer.MonthlyCost(need.Sites, need.Devices);
        if (cost is null)
        {
            return Misfit("料金が示されていません。", "No price is given.");
        }

        if (need.Budget is { } budget)
        {
            if (cost > budget)
            {
                return new ServiceMatch(false, cost, [new($"月額 {Yen.Format(cost.Value)} で予算 {Yen.Format(budget)} を超えます。", $"Costs {Yen.Format(cost.Value)} a month, above your budget of {Yen.Format(budget)}.")]);
            }

            why.Add(new($"月額 {Yen.Format(cost.Value)}（税抜）で予算内です。", $"{Yen.Format(cost.Value)} a month (excl. tax), within your budget."));
        }

        if (offer.Type.WatchesEndpoints() && offer.MinimumDevices is > 1 && need.Devices < offer.MinimumDevices)
        {
            why.Add(new($"最低 {offer.MinimumDevices} 台分の料金がかかります。", $"Charged for at least {offer.MinimumDevices} devices."));
        }

        return new ServiceMatch(true, cost, why);
    }

    private static ServiceMatch Misfit(string ja, string en) => new(false, null, [new(ja, en)]);
}
