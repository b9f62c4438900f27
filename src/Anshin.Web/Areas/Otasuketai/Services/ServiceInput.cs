using System.Globalization;
using Anshin.Core.Otasuketai;
using Anshin.Core.Text;
using Anshin.Web.Areas.Otasuketai.Model;

namespace Anshin.Web.Areas.Otasuketai.Services;

/// <summary>
/// The provider's application form as posted. Amounts are text so "１０，０００円" is read as people type it; a bad
/// amount is an error next to its field and counts as missing in the live check.
/// </summary>
public sealed partial class ServiceInput
{
    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public string? Description { get; set; }

    public string? DescriptionEn { get; set; }

    public ServiceType? Type { get; set; }

    public int Category { get; set; } = 1;

    public string? BaseMonthly { get; set; }

    public string? PerSiteMonthly { get; set; }

    public string? PerDeviceMonthly { get; set; }

    public string? MinimumDevices { get; set; }

    public string? InitialFee { get; set; }

    public string? Options { get; set; }

    public bool Nationwide { get; set; }

    public List<int> Prefectures { get; set; } = [];

    public List<DeskChannels> DeskChannels { get; set; } = [];

    public string? DeskHours { get; set; }

    public bool MonitorsNetwork { get; set; }

    public bool MonitorsEndpoints { get; set; }

    public bool Monitoring24Hours { get; set; }

    public string? MonitoringScope { get; set; }

    public List<NotificationMethods> Notification { get; set; } = [];

    public bool OnSiteSupport { get; set; }

    public bool OnSiteNationwide { get; set; }

    public List<int> OnSitePrefectures { get; set; } = [];

    public string? OnSiteResponseHours { get; set; }

    public bool HasInsurance { get; set; }

    public string? Insurer { get; set; }

    public bool InsuranceCoversFirstResponse { get; set; }

    public string? InsuranceCoverage { get; set; }

    public string? InsuranceLimit { get; set; }

    public string? InsuranceUserCost { get; set; }

    public bool SetupByProvider { get; set; }

    public string? DeploymentDescription { get; set; }

    public bool SuppliesNetworkDevice { get; set; }

    public bool SupportsServers { get; set; }

    public string? Category1Since { get; set; }

    public bool RegularConsulting { get; set; }

    /// <summary>The facts as the check reads them; a bad amount or date counts as not given.</summary>
    public ServiceOffer ToOffer() => new()
    {
        Type = Type ?? ServiceType.Network,
        Category = Category == 2 ? 2 : 1,
        BaseMonthly = Amount(BaseMonthly),
        PerSiteMonthly = Amount(PerSiteMonthly),
        PerDeviceMonthly = Amount(PerDeviceMonthly),
        MinimumDevices = Amount(MinimumDevices),
        Nationwide = Nationwide,
        Prefectures = Valid(Prefectures),
        DeskChannels = Flags(DeskChannels),
        DeskHours = Text(DeskHours),
        MonitorsNetwork = MonitorsNetwork,
        MonitorsEndpoints = MonitorsEndpoints,
        Monitoring24Hours = Monitoring24Hours,
        MonitoringScope = Text(MonitoringScope),
        Notification = Flags(Notification),
        OnSiteSupport = OnSiteSupport,
        OnSiteNationwide = OnSiteNationwide,
        OnSitePrefectures = Valid(OnSitePrefectures),
        OnSiteResponseHours = Amount(OnSiteResponseHours),
        HasInsurance = HasInsurance,
        Insurer = Text(Insurer),
        InsuranceCoversFirstResponse = InsuranceCoversFirstResponse,
        InsuranceLimit = Amount(InsuranceLimit),
        InsuranceUserCost = Amount(InsuranceUserCost),
        SetupByProvider = SetupByProvider,
        DeploymentDescription = Text(DeploymentDescription),
        SuppliesNetworkDevice = SuppliesNetworkDevice,
        SupportsServers = SupportsServers,
        Category1Since = Date(Category1Since),
        RegularConsulting = RegularConsulting,
    };

    /// <summary>Writes the form onto the service (only call after <see cref="Validate"/> found nothing wrong).</summary>
    public void ApplyTo(OtasuketaiService service)
    {
        var offer = ToOffer();
        service.Name = Text(Name) ?? "";
        service.NameEn = Text(NameEn);
        service.Description = Text(Description) ?? "";
        service.DescriptionEn = Text(DescriptionEn);
        service.Type = offer.Type;
        service.Category = offer.Category;
        service.BaseMonthly = offer.BaseMonthly;
        service.PerSiteMonthly = offer.Type.WatchesNetwork() ? offer.PerSiteMonthly : null;
        service.PerDeviceMonthly = offer.Type.WatchesEndpoints() ? offer.PerDeviceMonthly : null;
        service.MinimumDevices = offer.Type.WatchesEndpoints() ? offer.MinimumDevices : null;
        service.InitialFee = Amount(InitialFee);
        service.Options = Text(Options);
        service.Nationwide = Nationwide;
        service.Prefectures = Nationwide ? "" : OtasuketaiService.JoinCodes(offer.Prefectures);
        service.DeskChannels = offer.DeskChannels;
        service.DeskHours = offer.DeskHours;
        service.MonitorsNetwork = MonitorsNetwork;
        service.MonitorsEndpoints = MonitorsEndpoints;
        service.Monitoring24Hours = Monitoring24Hours;
        service.MonitoringScope = offer.MonitoringScope;
        service.Notification = offer.Notification;
        service.OnSiteSupport = OnSiteSupport;
        service.OnSiteNationwide = OnSiteSupport && OnSiteNationwide;
        service.OnSitePrefectures = OnSiteSupport && !OnSiteNationwide ? OtasuketaiService.JoinCodes(offer.OnSitePrefectures) : "";
        service.OnSiteResponseHours = OnSiteSupport ? offer.OnSiteResponseHours : null;
        service.HasInsurance = HasInsurance;
        service.Insurer = HasInsurance ? offer.Insurer : null;
        service.InsuranceCoversFirstResponse = HasInsurance && InsuranceCoversFirstResponse;
        service.InsuranceCoverage = HasInsurance ? Text(InsuranceCoverage) : null;
        service.InsuranceLimit = HasInsurance ? offer.InsuranceLimit : null;
        service.InsuranceUserCost = HasInsurance ? offer.InsuranceUserCost : null;
        service.SetupByProvider = SetupByProvider;
        service.DeploymentDescription = offer.DeploymentDescription;
        service.SuppliesNetworkDevice = offer.Type.WatchesNetwork() && SuppliesNetworkDevice;
        service.SupportsServers = offer.Type.WatchesEndpoints() && SupportsServers;
        service.Category1Since = offer.Category == 2 ? offer.Category1Since : null;
        service.RegularConsulting = offer.Category == 2 && RegularConsulting;
    }

    public static ServiceInput From(OtasuketaiService s) => new()
    {
        Name = s.Name,
        NameEn = s.NameEn,
        Description = s.Description,
        DescriptionEn = s.DescriptionEn,
        Type = s.Type,
        Category = s.Category,
        BaseMonthly = Show(s.BaseMonthly),
        PerSiteMonthly = Show(s.PerSiteMonthly),
        PerDeviceMonthly = Show(s.PerDeviceMonthly),
        MinimumDevices = Show(s.MinimumDevices),
        InitialFee = Show(s.InitialFee),
        Options = s.Options,
        Nationwide = s.Nationwide,
        Prefectures = [.. s.PrefectureCodes],
        DeskChannels = [.. Enum.GetValues<DeskChannels>().Where(c => c != Core.Otasuketai.DeskChannels.None && s.DeskChannels.HasFlag(c))],
        DeskHours = s.DeskHours,
        MonitorsNetwork = s.MonitorsNetwork,
        MonitorsEndpoints = s.MonitorsEndpoints,
        Monitoring24Hours = s.Monitoring24Hours,
        MonitoringScope = s.MonitoringScope,
        Notification = [.. Enum.GetValues<NotificationMethods>().Where(n => n != NotificationMethods.None && s.Notification.HasFlag(n))],
        OnSiteSupport = s.OnSiteSupport,
        OnSiteNationwide = s.OnSiteNationwide,
        OnSitePrefectures = [.. s.OnSitePrefectureCodes],
        OnSiteResponseHours = Show(s.OnSiteResponseHours),
        HasInsurance = s.HasInsurance,
        Insurer = s.Insurer,
        InsuranceCoversFirstResponse = s.InsuranceCoversFirstResponse,
        InsuranceCoverage = s.InsuranceCoverage,
        InsuranceLimit = Show(s.InsuranceLimit),
        InsuranceUserCost = Show(s.InsuranceUserCost),
        SetupByProvider = s.SetupByProvider,
        DeploymentDescription = s.DeploymentDescription,
        SuppliesNetworkDevice = s.SuppliesNetworkDevice,
        SupportsServers = s.SupportsServers,
        Category1Since = s.Category1Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        RegularConsulting = s.RegularConsulting,
    };

    private static int? Amount(string? text) => AmountText.TryParse(text, out var value) == true ? value : null;

    private static string? Show(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Text(string? text) => ContactText.Normalize(text) is { Length: > 0 } t ? t : null;

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(ContactText.Normalize(text), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static List<int> Valid(List<int> codes) => codes.Where(c => c is >= 1 and <= 47).Distinct().Order().ToList();

    private static T Flags<T>(List<T> values)
        where T : struct, Enum =>
        (T)(object)values.Aggregate(0, (all, v) => all | Convert.ToInt32(v, CultureInfo.InvariantCulture));
}
