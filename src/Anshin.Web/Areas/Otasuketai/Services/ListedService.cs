using Anshin.Core.Organisations;
using Anshin.Core.Otasuketai;

namespace Anshin.Web.Areas.Otasuketai.Services;

/// <summary>A registered service as the public list, its page, the API and the wizard show it.</summary>
public sealed record ListedService
{
    public required int Id { get; init; }

    public required BilingualText Name { get; init; }

    public required BilingualText Description { get; init; }

    public required int ProviderId { get; init; }

    public required BilingualText Provider { get; init; }

    public required string Website { get; init; }

    public required string Phone { get; init; }

    public required ServiceOffer Offer { get; init; }

    public long? EntryMonthly { get; init; }

    public int? InitialFee { get; init; }

    public string? Options { get; init; }

    public string? InsuranceCoverage { get; init; }

    public required string RegistrationNumber { get; init; }

    public required DateTime RegisteredAt { get; init; }

    public string? CheckVersion { get; init; }

    public string? CheckResult { get; init; }

    public ServiceType Type => Offer.Type;

    public int Category => Offer.Category;
}

/// <summary>The public list's filters; all optional.</summary>
public sealed record ServiceFilter(ServiceType? Type = null, int? Prefecture = null, long? MaxEntryMonthly = null, int? Category = null)
{
    public bool Matches(ListedService s) =>
        (Type is null || s.Type == Type)
        && (Prefecture is not { } p || s.Offer.Serves(p))
        && (MaxEntryMonthly is not { } max || s.EntryMonthly <= max)
        && (Category is null || s.Category == Category);
}
