using Anshin.Core.Otasuketai;

namespace Anshin.Tests.Otasuketai;

/// <summary>
/// Test data: a fully specified offer of each service type that meets every requirement of the initial standard, and
/// a firm's needs that such an offer fits. Tests change only what they are about with <c>with { ... }</c>.
/// </summary>
internal static class Offers
{
    /// <summary>The day the checks run on.</summary>
    public static readonly DateOnly Today = new(2026, 6, 1);

    public const int Tokyo = 13;
    public const int Kanagawa = 14;
    public const int Osaka = 27;
    public const int Okinawa = 47;

    /// <summary>An offer of the type that passes every requirement of <see cref="StandardRules.Initial"/> in category 1.</summary>
    public static ServiceOffer Passing(ServiceType type) => new()
    {
        Type = type,
        Category = 1,
        BaseMonthly = null,
        PerSiteMonthly = type.WatchesNetwork() ? 8_000 : null,
        PerDeviceMonthly = type.WatchesEndpoints() ? 1_500 : null,
        MinimumDevices = type.WatchesEndpoints() ? 1 : null,
        Nationwide = false,
        Prefectures = [Tokyo, Kanagawa],
        DeskChannels = DeskChannels.Phone | DeskChannels.Email,
        DeskHours = "平日 9:00〜18:00",
        MonitorsNetwork = type.WatchesNetwork(),
        MonitorsEndpoints = type.WatchesEndpoints(),
        Monitoring24Hours = true,
        MonitoringScope = "UTM のログと端末の EDR アラート",
        Notification = NotificationMethods.Phone | NotificationMethods.Email,
        OnSiteSupport = true,
        OnSiteNationwide = false,
        OnSitePrefectures = [Tokyo, Kanagawa],
        OnSiteResponseHours = 24,
        HasInsurance = true,
        Insurer = "あんしん損害保険",
        InsuranceCoversFirstResponse = true,
        InsuranceLimit = 1_000_000,
        InsuranceUserCost = 0,
        SetupByProvider = true,
        DeploymentDescription = "技術者が訪問して設置・設定します。",
        SuppliesNetworkDevice = false,
        SupportsServers = false,
    };

    public static ServiceOffer Network() => Passing(ServiceType.Network);

    public static ServiceOffer Endpoint() => Passing(ServiceType.Endpoint);

    public static ServiceOffer Combined() => Passing(ServiceType.Combined);

    /// <summary>A category-2 offer of the type that passes every requirement: three verified years in category 1 and regular consulting.</summary>
    public static ServiceOffer Category2(ServiceType type) => Passing(type) with
    {
        Category = 2,
        Category1Since = Today.AddYears(-3),
        Category1SinceVerified = true,
        RegularConsulting = true,
    };

    /// <summary>A firm in Tokyo with one site, five PCs and a router of its own, wanting on-site visits and giving no budget.</summary>
    public static MatchNeed Need() => new()
    {
        Pcs = 5,
        Servers = 0,
        Sites = 1,
        Prefecture = Tokyo,
        HasNetworkDevice = NetworkDevice.Yes,
        WantsOnSite = true,
        Budget = null,
    };

    public static StandardCheckResult Check(ServiceOffer offer, StandardRules? rules = null) =>
        StandardCheck.Evaluate(rules ?? StandardRules.Initial, offer, Today);

    /// <summary>The result of one requirement under the initial standard (or the rules given); fails the test when it was not checked.</summary>
    public static RequirementResult Check(ServiceOffer offer, string code, StandardRules? rules = null)
    {
        var result = Check(offer, rules).For(code);
        Assert.NotNull(result);
        return result;
    }

    /// <summary>A copy of the initial standard under another version name, with some requirements set differently.</summary>
    public static StandardRules Rules(string version, params (string Code, RequirementSetting Setting)[] changes)
    {
        var settings = new Dictionary<string, RequirementSetting>(StandardRules.Initial.Settings);
        foreach (var (code, setting) in changes)
        {
            settings[code] = setting;
        }

        return new StandardRules { Version = version, Settings = settings };
    }
}
