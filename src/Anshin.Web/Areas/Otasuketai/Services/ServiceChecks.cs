using System.Text.Json;
using System.Text.Json.Serialization;
using Anshin.Core.Calendar;
using Anshin.Core.Organisations;
using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Otasuketai.Services;

/// <summary>
/// Runs the check against the current standard and keeps its result on the service. For category 2 the provider's
/// record in category 1 counts as verified when this registry shows one of its category-1 services registered.
/// </summary>
public sealed class ServiceChecks(AnshinDbContext db, StandardVersions versions, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Checks a form as it is being filled (nothing is stored).</summary>
    public async Task<StandardCheckResult> PreviewAsync(int providerId, ServiceOffer offer, CancellationToken ct)
    {
        var rules = await versions.CurrentAsync(ct);
        var verified = offer.Category == 2 ? await RegisteredCategory1SinceAsync(providerId, ct) : null;
        return StandardCheck.Evaluate(rules, WithVerified(offer, verified), Today());
    }

    /// <summary>Checks the service as saved and stores the result with the version checked against.</summary>
    public async Task<StandardCheckResult> CheckAsync(OtasuketaiService service, CancellationToken ct)
    {
        var result = await PreviewAsync(service.ProviderId, service.ToOffer(), ct);
        service.CheckVersion = result.Version;
        service.CheckOutcome = result.Overall;
        service.CheckResult = Serialize(result);
        service.CheckedAt = clock.GetUtcNow().UtcDateTime;
        service.EntryMonthly = service.ToOffer().MonthlyCost(1, 1);
        return result;
    }

    public static string Serialize(StandardCheckResult result) =>
        JsonSerializer.Serialize(result.Items.Select(i => new StoredItem(i.Code, i.Outcome, i.Reason.Ja, i.Reason.En)), Json);

    /// <summary>The stored result of the last check; null when the service was never checked.</summary>
    public static StandardCheckResult? Stored(OtasuketaiService service)
    {
        if (service.CheckResult is null || service.CheckVersion is null)
        {
            return null;
        }

        var items = JsonSerializer.Deserialize<List<StoredItem>>(service.CheckResult, Json) ?? [];
        return new StandardCheckResult(service.CheckVersion, items.Select(i => new RequirementResult(i.Code, i.Outcome, new BilingualText(i.Ja, i.En))).ToList());
    }

    private async Task<DateOnly?> RegisteredCategory1SinceAsync(int providerId, CancellationToken ct)
    {
        var first = await db.Set<OtasuketaiService>().AsNoTracking()
            .Where(s => s.ProviderId == providerId && s.Category == 1 && s.RegisteredAt != null
                && (s.Status == ServiceStatus.Registered || s.Status == ServiceStatus.Suspended))
            .OrderBy(s => s.RegisteredAt).Select(s => s.RegisteredAt).FirstOrDefaultAsync(ct);
        return first is { } at ? JapanDate(at) : null;
    }

    private static ServiceOffer WithVerified(ServiceOffer offer, DateOnly? verified) =>
        verified is { } v && (offer.Category1Since is null || v <= offer.Category1Since)
            ? offer with { Category1Since = v, Category1SinceVerified = true }
            : offer;

    private DateOnly Today() => JapanDate(clock.GetUtcNow().UtcDateTime);

    /// <summary>The calendar date in Japan of a UTC instant.</summary>
    public static DateOnly JapanDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), BusinessCalendar.Tokyo));

    private sealed record StoredItem(string Code, RequirementOutcome Outcome, string Ja, string En);
}
