using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Otasuketai.Services;

/// <summary>
/// The registered services, read once into memory and shared by the public list, the service pages, the API and the
/// wizard: at a few thousand services, filtering and costing them in memory is far cheaper than a query per request.
/// The copy lives for <see cref="OtasuketaiOptions.RegistryCopyLifetime"/> and is dropped at once on every registration change.
/// </summary>
public sealed class ServiceRegistry(IServiceScopeFactory scopes, IOptionsMonitor<OtasuketaiOptions> options, IOutputCacheStore cache, TimeProvider clock) : IDisposable
{
    public const string CacheTag = "otasuketai";

    private readonly SemaphoreSlim loading = new(1, 1);
    private (IReadOnlyList<ListedService> Services, Dictionary<int, ListedService> ById, DateTimeOffset Until)? snapshot;

    public async Task<IReadOnlyList<ListedService>> AllAsync(CancellationToken ct) => (await SnapshotAsync(ct)).Services;

    public async Task<ListedService?> FindAsync(int id, CancellationToken ct) =>
        (await SnapshotAsync(ct)).ById.GetValueOrDefault(id);

    public async Task<(IReadOnlyList<ListedService> Page, int Total)> SearchAsync(ServiceFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var matches = (await AllAsync(ct)).Where(filter.Matches).ToList();
        return (matches.Skip(Math.Max(page - 1, 0) * pageSize).Take(pageSize).ToList(), matches.Count);
    }

    /// <summary>The services that fit the firm, cheapest first, each with its monthly estimate and the reasons.</summary>
    public async Task<IReadOnlyList<(ListedService Service, ServiceMatch Match)>> MatchAsync(MatchNeed need, CancellationToken ct) =>
        (await AllAsync(ct)).Select(s => (Service: s, Match: ServiceMatcher.Match(need, s.Offer)))
            .Where(m => m.Match.Fits).OrderBy(m => m.Match.MonthlyCost).ThenBy(m => m.Service.Id).ToList();

    public async Task EvictAsync(CancellationToken ct)
    {
        snapshot = null;
        await cache.EvictByTagAsync(CacheTag, ct);
        await cache.EvictByTagAsync(PublicPageCache.Tag, ct);
    }

    private async Task<(IReadOnlyList<ListedService> Services, Dictionary<int, ListedService> ById, DateTimeOffset Until)> SnapshotAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (snapshot is { } current && current.Until > now)
        {
            return current;
        }

        await loading.WaitAsync(ct);
        try
        {
            if (snapshot is { } loaded && loaded.Until > now)
            {
                return loaded;
            }

            var services = await LoadAsync(ct);
            var lifetime = options.CurrentValue.RegistryCopyLifetime;
            var fresh = (services, services.ToDictionary(s => s.Id), now + lifetime);
            if (lifetime > TimeSpan.Zero)
            {
                snapshot = fresh;
            }

            return fresh;
        }
        finally
        {
            loading.Release();
        }
    }

    public void Dispose() => loading.Dispose();

    private async Task<IReadOnlyList<ListedService>> LoadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AnshinDbContext>();
        var rows = await db.Set<OtasuketaiService>().AsNoTracking().Include(s => s.Provider)
            .Where(s => s.Status == ServiceStatus.Registered).OrderBy(s => s.RegistrationNumber).ToListAsync(ct);
        return rows.Select(s => new ListedService
        {
            Id = s.Id,
            Name = new(s.Name, s.NameEn ?? s.Name),
            Description = new(s.Description, s.DescriptionEn ?? s.Description),
            ProviderId = s.ProviderId,
            Provider = new(s.Provider!.Name, s.Provider.NameEn ?? s.Provider.Name),
            Website = s.Provider.Website,
            Phone = s.Provider.Phone,
            Offer = s.ToOffer(),
            EntryMonthly = s.EntryMonthly,
            InitialFee = s.InitialFee,
            Options = s.Options,
            InsuranceCoverage = s.InsuranceCoverage,
            RegistrationNumber = s.RegistrationNumber!,
            RegisteredAt = s.RegisteredAt ?? s.UpdatedAt,
            CheckVersion = s.CheckVersion,
            CheckResult = s.CheckResult,
        }).ToList();
    }
}
