using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Model;

namespace Anshin.Web.Areas.Otasuketai;

/// <summary>One service of the demo file, as written there.</summary>
internal sealed record DemoService
{
    public required string Provider { get; init; }

    public required string Name { get; init; }

    public string? NameEn { get; init; }

    public required string Description { get; init; }

    public string? DescriptionEn { get; init; }

    public ServiceType Type { get; init; }

    public int Category { get; init; } = 1;

    public int? BaseMonthly { get; init; }

    public int? PerSiteMonthly { get; init; }

    public int? PerDeviceMonthly { get; init; }

    public int? MinimumDevices { get; init; }

    public int? InitialFee { get; init; }

    public string? Options { get; init; }

    public bool Nationwide { get; init; }

    public int[] Prefectures { get; init; } = [];

    public DeskChannels[] DeskChannels { get; init; } = [];

    public string? DeskHours { get; init; }

    public bool MonitorsNetwork { get; init; }

    public bool MonitorsEndpoints { get; init; }

    public bool Monitoring24Hours { get; init; }

    public string? MonitoringScope { get; init; }

    public NotificationMethods[] Notification { get; init; } = [];

    public bool OnSiteSupport { get; init; }

    public bool OnSiteNationwide { get; init; }

    public int[] OnSitePrefectures { get; init; } = [];

    public int? OnSiteResponseHours { get; init; }

    public bool HasInsurance { get; init; }

    public string? Insurer { get; init; }

    public bool InsuranceCoversFirstResponse { get; init; }

    public string? InsuranceCoverage { get; init; }

    public int? InsuranceLimit { get; init; }

    public int? InsuranceUserCost { get; init; }

    public bool SetupByProvider { get; init; }

    public string? DeploymentDescription { get; init; }

    public bool SuppliesNetworkDevice { get; init; }

    public bool SupportsServers { get; init; }

    public DateOnly? Category1Since { get; init; }

    public bool RegularConsulting { get; init; }

    public ServiceStatus Status { get; init; }

    public OtasuketaiService ToService(int providerId) => new()
    {
        ProviderId = providerId,
        Status = Status,
        Name = Name,
        NameEn = NameEn,
        Description = Description,
        DescriptionEn = DescriptionEn,
        Type = Type,
        Category = Category,
        BaseMonthly = BaseMonthly,
        PerSiteMonthly = PerSiteMonthly,
        PerDeviceMonthly = PerDeviceMonthly,
        MinimumDevices = MinimumDevices,
        InitialFee = InitialFee,
        Options = Options,
        Nationwide = Nationwide,
        Prefectures = Nationwide ? "" : OtasuketaiService.JoinCodes(Prefectures),
        DeskChannels = DeskChannels.Aggregate(Core.Otasuketai.DeskChannels.None, (all, c) => all | c),
        DeskHours = DeskHours,
        MonitorsNetwork = MonitorsNetwork,
        MonitorsEndpoints = MonitorsEndpoints,
        Monitoring24Hours = Monitoring24Hours,
        MonitoringScope = MonitoringScope,
        Notification = Notification.Aggregate(NotificationMethods.None, (all, n) => all | n),
        OnSiteSupport = OnSiteSupport,
        OnSiteNationwide = OnSiteNationwide,
        OnSitePrefectures = OnSiteNationwide ? "" : OtasuketaiService.JoinCodes(OnSitePrefectures),
        OnSiteResponseHours = OnSiteResponseHours,
        HasInsurance = HasInsurance,
        Insurer = Insurer,
        InsuranceCoversFirstResponse = InsuranceCoversFirstResponse,
        InsuranceCoverage = InsuranceCoverage,
        InsuranceLimit = InsuranceLimit,
        InsuranceUserCost = InsuranceUserCost,
        SetupByProvider = SetupByProvider,
        DeploymentDescription = DeploymentDescription,
        SuppliesNetworkDevice = SuppliesNetworkDevice,
        SupportsServers = SupportsServers,
        Category1Since = Category1Since,
        RegularConsulting = RegularConsulting,
        Version = Guid.NewGuid(),
    };
}
