namespace Anshin.Core.Otasuketai;

/// <summary>
/// What a provider says about one お助け隊 service: the facts the check against the standard and the matching wizard
/// read. Amounts are yen per month excluding tax; initial fees and options are not part of it (they are listed apart
/// and not capped by the standard).
/// </summary>
public sealed record ServiceOffer
{
    public ServiceType Type { get; init; }

    /// <summary>1, or 2 for the stronger category open to providers with enough history in category 1.</summary>
    public int Category { get; init; } = 1;

    /// <summary>A monthly fee charged once per contract whatever its size (counted against the caps).</summary>
    public int? BaseMonthly { get; init; }

    /// <summary>The network part: per site (one monitored UTM or router).</summary>
    public int? PerSiteMonthly { get; init; }

    /// <summary>The endpoint part: per device (PC or server).</summary>
    public int? PerDeviceMonthly { get; init; }

    /// <summary>The smallest number of devices a contract may cover.</summary>
    public int? MinimumDevices { get; init; }

    public bool Nationwide { get; init; }

    /// <summary>Prefecture codes (1–47) served when not nationwide.</summary>
    public IReadOnlyList<int> Prefectures { get; init; } = [];

    public DeskChannels DeskChannels { get; init; }

    public string? DeskHours { get; init; }

    public bool MonitorsNetwork { get; init; }

    public bool MonitorsEndpoints { get; init; }

    public bool Monitoring24Hours { get; init; }

    /// <summary>What is watched, in the provider's words.</summary>
    public string? MonitoringScope { get; init; }

    public NotificationMethods Notification { get; init; }

    public bool OnSiteSupport { get; init; }

    public bool OnSiteNationwide { get; init; }

    public IReadOnlyList<int> OnSitePrefectures { get; init; } = [];

    /// <summary>The target, in hours, between a request and an engineer on site.</summary>
    public int? OnSiteResponseHours { get; init; }

    public bool HasInsurance { get; init; }

    public string? Insurer { get; init; }

    public bool InsuranceCoversFirstResponse { get; init; }

    /// <summary>The insurance limit in yen per incident.</summary>
    public int? InsuranceLimit { get; init; }

    /// <summary>What the user pays toward a claim (yen; 0 when nothing).</summary>
    public int? InsuranceUserCost { get; init; }

    /// <summary>The provider sets the service up, so the user needs no expert knowledge.</summary>
    public bool SetupByProvider { get; init; }

    public string? DeploymentDescription { get; init; }

    /// <summary>The network device is part of the service (lent or sold with it), so a user without one can use it.</summary>
    public bool SuppliesNetworkDevice { get; init; }

    /// <summary>Servers may be counted among the devices.</summary>
    public bool SupportsServers { get; init; }

    /// <summary>Since when the provider has had a category-1 service listed (category 2 asks for years of it).</summary>
    public DateOnly? Category1Since { get; init; }

    /// <summary>True when <see cref="Category1Since"/> comes from this registry, not only from the provider.</summary>
    public bool Category1SinceVerified { get; init; }

    /// <summary>Regular consulting for the user (category 2).</summary>
    public bool RegularConsulting { get; init; }

    /// <summary>True when the service is offered in the prefecture.</summary>
    public bool Serves(int prefecture) => Nationwide || Prefectures.Contains(prefecture);

    /// <summary>True when an engineer can be sent to the prefecture.</summary>
    public bool OnSiteIn(int prefecture) => OnSiteSupport && (OnSiteNationwide || OnSitePrefectures.Contains(prefecture));

    /// <summary>
    /// The monthly price (yen, excluding tax) for a configuration: the base fee, the network part per site and the
    /// endpoint part per device, with at least the minimum number of devices charged. Null when a needed price is missing.
    /// </summary>
    public long? MonthlyCost(int sites, int devices)
    {
        long total = BaseMonthly ?? 0;
        if (Type.WatchesNetwork())
        {
            if (PerSiteMonthly is not { } perSite)
            {
                return null;
            }

            total += (long)perSite * Math.Max(sites, 1);
        }

        if (Type.WatchesEndpoints())
        {
            if (PerDeviceMonthly is not { } perDevice)
            {
                return null;
            }

            total += (long)perDevice * Math.Max(devices, Math.Max(MinimumDevices ?? 1, 1));
        }

        return total;
    }
}
