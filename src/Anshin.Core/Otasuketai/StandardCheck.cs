using Anshin.Core.Organisations;

namespace Anshin.Core.Otasuketai;

/// <summary>
/// Checks a service against one version of the お助け隊 standard, requirement by requirement, with the reason in
/// plain words. It runs on a half-filled form too: a missing fact fails or asks for review, it never throws.
/// </summary>
public static partial class StandardCheck
{
    public static StandardCheckResult Evaluate(StandardRules rules, ServiceOffer offer, DateOnly today)
    {
        var items = new List<RequirementResult>();
        foreach (var requirement in Requirements.All)
        {
            if (!rules.IsEnabled(requirement.Code))
            {
                continue;
            }

            items.Add(requirement.Code switch
            {
                Requirements.Desk => CheckDesk(offer),
                Requirements.Monitoring => CheckMonitoring(offer),
                Requirements.OnSite => CheckOnSite(offer),
                Requirements.Insurance => CheckInsurance(offer),
                Requirements.Ease => CheckEase(offer),
                Requirements.NetworkPrice => CheckNetworkPrice(rules, offer),
                Requirements.EndpointPrice => CheckEndpointPrice(rules, offer),
                Requirements.CombinedPrice => CheckCombinedPrice(rules, offer),
                Requirements.MinimumContract => CheckMinimumContract(rules, offer),
                Requirements.Category2History => CheckCategory2History(rules, offer, today),
                Requirements.Category2Consulting => CheckCategory2Consulting(offer),
                _ => throw new InvalidOperationException($"No rule for requirement {requirement.Code}."),
            });
        }

        return new StandardCheckResult(rules.Version, items);
    }

    private static RequirementResult Pass(string code, string ja, string en) => new(code, RequirementOutcome.Pass, new(ja, en));

    private static RequirementResult Fail(string code, string ja, string en) => new(code, RequirementOutcome.Fail, new(ja, en));

    private static RequirementResult Review(string code, string ja, string en) => new(code, RequirementOutcome.NeedsReview, new(ja, en));

    private static RequirementResult NotApplicable(string code, string ja, string en) => new(code, RequirementOutcome.NotApplicable, new(ja, en));

    private static RequirementResult CheckDesk(ServiceOffer offer)
    {
        const string code = Requirements.Desk;
        if (offer.DeskChannels == DeskChannels.None)
        {
            return Fail(code, "相談窓口の連絡手段（電話・メールなど）がありません。導入や運用の相談を一か所で受ける窓口が必要です。",
                "No way to reach a consultation desk is given. One contact point for set-up and operation questions is required.");
        }

        if (string.IsNullOrWhiteSpace(offer.DeskHours))
        {
            return Review(code, "相談窓口はありますが、受付時間が書かれていません。審査で確認します。",
                "There is a desk, but its hours are not given. A reviewer will confirm them.");
        }

        return Pass(code, "導入や運用の相談を一か所の窓口で受け付けます。", "One desk takes set-up and operation questions.");
    }

    private static RequirementResult CheckMonitoring(ServiceOffer offer)
    {
        const string code = Requirements.Monitoring;
        if (offer.Type.WatchesNetwork() && !offer.MonitorsNetwork)
        {
            return Fail(code, "ネットワーク型・併用型ではネットワーク（UTM等）の監視が必要ですが、監視対象に含まれていません。",
                "A network or combined service must watch the network (a UTM or similar); it is not among what is watched.");
        }

        if (offer.Type.WatchesEndpoints() && !offer.MonitorsEndpoints)
        {
            return Fail(code, "端末型・併用型では端末（EDR等）の監視が必要ですが、監視対象に含まれていません。",
                "An endpoint or combined service must watch the devices (EDR or similar); they are not among what is watched.");
        }

        if (!offer.Monitoring24Hours)
        {
            return Fail(code, "監視が24時間ではありません。攻撃は夜間や休日にも起きるため、24時間の監視が必要です。",
                "Monitoring is not around the clock. Attacks come at night and on holidays too, so 24-hour monitoring is required.");
        }

        if (offer.Notification == NotificationMethods.None)
        {
            return Fail(code, "異常を見つけたときに利用者へ知らせる方法がありません。",
                "There is no way to tell the user when something is detected.");
        }

        if (string.IsNullOrWhiteSpace(offer.MonitoringScope))
        {
            return Review(code, "24時間監視と通知はありますが、何を監視するかの説明がありません。審査で確認します。",
                "There is 24-hour monitoring with notification, but what is watched is not described. A reviewer will confirm it.");
        }

        return Pass(code, "24時間監視し、異常を見つけたら利用者に知らせます。", "Watched 24 hours a day; the user is told when something is detected.");
    }

    private static RequirementResult CheckOnSite(ServiceOffer offer)
    {
        const string code = Requirements.OnSite;
        if (!offer.OnSiteSupport)
        {
            return Fail(code, "駆け付け支援がありません。遠隔での支援だけでは基準を満たしません。",
                "There is no on-site support. Remote help alone does not meet the standard.");
        }

        if (!offer.OnSiteNationwide)
        {
            if (offer.OnSitePrefectures.Count == 0)
            {
                return Fail(code, "駆け付けできる地域が選ばれていません。", "No region for on-site visits is chosen.");
            }

            var uncovered = offer.Nationwide
                ? Organisations.Prefectures.All.Select(p => p.Code).Where(c => !offer.OnSitePrefectures.Contains(c)).ToList()
                : offer.Prefectures.Where(c => !offer.OnSitePrefectures.Contains(c)).ToList();
            if (uncovered.Count > 0)
            {
                var names = NamesOf(uncovered);
                return Review(code, $"提供地域のうち駆け付けできない地域があります（{names.Ja}）。その地域での対応方法を審査で確認します。",
                    $"Some regions served have no on-site visits ({names.En}). A reviewer will ask how users there are helped.");
            }
        }

        if (offer.OnSiteResponseHours is null)
        {
            return Review(code, "駆け付けはありますが、到着までの目安が書かれていません。審査で確認します。",
                "There are on-site visits, but no response target is given. A reviewer will confirm it.");
        }

        return Pass(code, $"依頼があれば技術者が現地に駆け付けます（目安 {offer.OnSiteResponseHours} 時間以内）。",
            $"On request an engineer goes to the user's site (target: within {offer.OnSiteResponseHours} hours).");
    }

    private static RequirementResult CheckInsurance(ServiceOffer offer)
    {
        const string code = Requirements.Insurance;
        if (!offer.HasInsurance)
        {
            return Fail(code, "サイバー保険が付いていません。", "No cyber insurance is included.");
        }

        if (!offer.InsuranceCoversFirstResponse)
        {
            return Fail(code, "保険が駆け付けなどの初動対応費用を補償しません。初動対応費用の補償が必要です。",
                "The insurance does not cover first-response costs such as the on-site visit, which it must.");
        }

        if (string.IsNullOrWhiteSpace(offer.Insurer) || offer.InsuranceLimit is null)
        {
            return Review(code, "初動対応費用を補償する保険がありますが、保険会社または支払限度額が書かれていません。審査で確認します。",
                "The insurance covers first response, but the insurer or the limit is not given. A reviewer will confirm them.");
        }

        return Pass(code, $"初動対応費用を補償する保険が付いています（限度額 {Yen.Format(offer.InsuranceLimit.Value)}）。",
            $"Insurance covering first-response costs is included (limit {Yen.Format(offer.InsuranceLimit.Value)}).");
    }

    private static RequirementResult CheckEase(ServiceOffer offer)
    {
        const string code = Requirements.Ease;
        if (offer.SetupByProvider)
        {
            return Pass(code, "事業者が導入・設定を行うため、利用者に専門知識は要りません。",
                "The provider sets the service up, so the user needs no expert knowledge.");
        }

        return Review(code, "利用者自身が導入する形です。専門知識なしで導入・運用できるかを審査で確認します。",
            "Users set the service up themselves. A reviewer will check that no expert knowledge is needed.");
    }

    private static BilingualText NamesOf(IReadOnlyList<int> prefectures)
    {
        var shown = prefectures.Take(5).Select(Organisations.Prefectures.Find).OfType<Prefecture>().ToList();
        var more = prefectures.Count - shown.Count;
        var ja = string.Join("、", shown.Select(p => p.Name.Ja)) + (more > 0 ? $" ほか{more}" : "");
        var en = string.Join(", ", shown.Select(p => p.Name.En)) + (more > 0 ? $" and {more} more" : "");
        return new(ja, en);
    }
}
