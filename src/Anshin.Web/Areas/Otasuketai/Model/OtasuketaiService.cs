using Anshin.Core.Otasuketai;

namespace Anshin.Web.Areas.Otasuketai.Model;

/// <summary>
/// An お助け隊 service: the provider's application while it is drafted and reviewed, and the registered service
/// after. Its facts mirror <see cref="ServiceOffer"/>; the result of its last check against the standard is kept with
/// the version checked against, so a later version of the rules does not change what a reviewer decided on.
/// </summary>
public sealed partial class OtasuketaiService
{
    public int Id { get; set; }

    public int ProviderId { get; set; }

    public OtasuketaiProvider? Provider { get; set; }

    public ServiceStatus Status { get; set; }

    public string Name { get; set; } = "";

    public string? NameEn { get; set; }

    public string Description { get; set; } = "";

    public string? DescriptionEn { get; set; }

    public ServiceType Type { get; set; }

    public int Category { get; set; } = 1;

    public int? BaseMonthly { get; set; }

    public int? PerSiteMonthly { get; set; }

    public int? PerDeviceMonthly { get; set; }

    public int? MinimumDevices { get; set; }

    /// <summary>One-off fee (yen, excluding tax), listed apart and not capped.</summary>
    public int? InitialFee { get; set; }

    /// <summary>Paid options, listed apart and not capped.</summary>
    public string? Options { get; set; }

    public bool Nationwide { get; set; }

    /// <summary>Prefecture codes served, stored as ",13,14," so one LIKE finds a prefecture.</summary>
    public string Prefectures { get; set; } = "";

    public DeskChannels DeskChannels { get; set; }

    public string? DeskHours { get; set; }

    public bool MonitorsNetwork { get; set; }

    public bool MonitorsEndpoints { get; set; }

    public bool Monitoring24Hours { get; set; }

    public string? MonitoringScope { get; set; }

    public NotificationMethods Notification { get; set; }

    public bool OnSiteSupport { get; set; }

    public bool OnSiteNationwide { get; set; }

    public string OnSitePrefectures { get; set; } = "";

    public int? OnSiteResponseHours { get; set; }

    public bool HasInsurance { get; set; }

    public string? Insurer { get; set; }

    public bool InsuranceCoversFirstResponse { get; set; }

    public string? InsuranceCoverage { get; set; }

    public int? InsuranceLimit { get; set; }

    public int? InsuranceUserCost { get; set; }

    public bool SetupByProvider { get; set; }

    public string? DeploymentDescription { get; set; }

    public bool SuppliesNetworkDevice { get; set; }

    public bool SupportsServers { get; set; }

    /// <summary>The provider's stated start in category 1 (category 2 applications).</summary>
    public DateOnly? Category1Since { get; set; }

    public bool RegularConsulting { get; set; }

    /// <summary>The price of the smallest configuration (one site, one device), for the public list's price filter.</summary>
    public long? EntryMonthly { get; set; }

    public string? CheckVersion { get; set; }

    public RequirementOutcome? CheckOutcome { get; set; }

    /// <summary>The last check's items as JSON (code, outcome, reasons in both languages).</summary>
    public string? CheckResult { get; set; }

    public DateTime? CheckedAt { get; set; }

    /// <summary>How many times the provider has submitted it.</summary>
    public int Round { get; set; }

    public DateTime? SubmittedAt { get; set; }

    /// <summary>Given when first registered: <c>OT-YYYY-NNNN</c>, sequential per year.</summary>
    public string? RegistrationNumber { get; set; }

    public DateTime? RegisteredAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Changes on every save, so two people saving at once cannot overwrite each other unseen.</summary>
    public Guid Version { get; set; }
}
