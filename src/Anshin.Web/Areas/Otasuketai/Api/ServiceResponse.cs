using Anshin.Core.Organisations;
using Anshin.Web.Areas.Otasuketai.Services;

namespace Anshin.Web.Areas.Otasuketai.Api;

/// <summary>A registered お助け隊 service in the public API. Prices are yen per month excluding tax.</summary>
public sealed record ServiceResponse(
    int Id,
    string RegistrationNumber,
    DateTime RegisteredAt,
    string Name,
    string NameEn,
    string Description,
    string DescriptionEn,
    string Type,
    int Category,
    ProviderResponse Provider,
    PriceResponse Prices,
    RegionResponse Regions,
    OnSiteResponse OnSite,
    InsuranceResponse Insurance,
    DeskResponse Desk,
    string[] Notification,
    bool SuppliesNetworkDevice,
    bool SupportsServers,
    string? CheckVersion,
    string Url)
{
    public static ServiceResponse From(ListedService s, string origin) => new(
        s.Id,
        s.RegistrationNumber,
        DateTime.SpecifyKind(s.RegisteredAt, DateTimeKind.Utc),
        s.Name.Ja,
        s.Name.En,
        s.Description.Ja,
        s.Description.En,
        s.Type.ToString().ToLowerInvariant(),
        s.Category,
        new(s.Provider.Ja, s.Provider.En, s.Website, s.Phone),
        new("JPY", false, s.Offer.BaseMonthly, s.Offer.PerSiteMonthly, s.Offer.PerDeviceMonthly, s.Offer.MinimumDevices, s.EntryMonthly, s.InitialFee),
        new(s.Offer.Nationwide, Codes(s.Offer.Prefectures)),
        new(s.Offer.OnSiteNationwide, Codes(s.Offer.OnSitePrefectures), s.Offer.OnSiteResponseHours),
        new(s.Offer.Insurer, s.Offer.InsuranceCoversFirstResponse, s.Offer.InsuranceLimit, s.Offer.InsuranceUserCost),
        new(Names(s.Offer.DeskChannels), s.Offer.DeskHours),
        Names(s.Offer.Notification),
        s.Offer.SuppliesNetworkDevice,
        s.Offer.SupportsServers,
        s.CheckVersion,
        $"{origin}/otasuketai/services/{s.Id}");

    private static PrefectureResponse[] Codes(IReadOnlyList<int> codes) =>
        codes.Select(Prefectures.Find).OfType<Prefecture>().Select(p => new PrefectureResponse(p.Code, p.Name.Ja, p.Name.En)).ToArray();

    private static string[] Names<T>(T flags)
        where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) != 0 && flags.HasFlag(v))
            .Select(v => v.ToString().ToLowerInvariant()).ToArray();
}

public sealed record ProviderResponse(string Name, string NameEn, string Website, string Phone);

/// <summary>The entry price is the smallest configuration: one site and/or one device (or the minimum contract).</summary>
public sealed record PriceResponse(string Currency, bool TaxIncluded, int? BaseMonthly, int? PerSiteMonthly, int? PerDeviceMonthly,
    int? MinimumDevices, long? EntryMonthly, int? InitialFee);

public sealed record RegionResponse(bool Nationwide, PrefectureResponse[] Prefectures);

public sealed record PrefectureResponse(int Code, string Name, string NameEn);

public sealed record OnSiteResponse(bool Nationwide, PrefectureResponse[] Prefectures, int? ResponseHours);

public sealed record InsuranceResponse(string? Insurer, bool CoversFirstResponse, int? Limit, int? UserCost);

public sealed record DeskResponse(string[] Channels, string? Hours);

public sealed record ServiceListResponse(int Total, int Page, int PageSize, IReadOnlyList<ServiceResponse> Services);

public sealed record MatchResponse(ServiceResponse Service, long? MonthlyCost, IReadOnlyList<string> Reasons, IReadOnlyList<string> ReasonsEn);

public sealed record MatchListResponse(int Total, IReadOnlyList<MatchResponse> Matches);
