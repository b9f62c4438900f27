using Anshin.Core.Calendar;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Anshin.Web.Platform.Calendar;

/// <summary>
/// The desk's business calendar: built-in holidays, overridden by imported official data, plus the desk's own
/// closed days. Built once and cached; changes through the admin pages clear this instance's copy at once.
/// </summary>
public sealed class DeskCalendar(IServiceProvider services, IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    // The data context is taken only on a cache miss or a write: pages read these on every request.
    private AnshinDbContext Db => services.GetRequiredService<AnshinDbContext>();

    private const string CacheKey = "desk-calendar";

    /// <summary>The reply deadline for web and e-mail consultations, in business days.</summary>
    public const int ReplyBusinessDays = 5;

    public async Task<BusinessCalendar> GetAsync(CancellationToken ct = default)
    {
        if (cache.TryGetValue(CacheKey, out BusinessCalendar? cached) && cached is not null)
        {
            return cached;
        }

        var imported = await Db.Set<ImportedHoliday>().AsNoTracking()
            .Select(h => new Holiday(h.Date, h.Name)).ToListAsync(ct);
        var closed = await Db.Set<DeskClosedDay>().AsNoTracking().Select(d => d.Date).ToListAsync(ct);
        var holidays = imported.Count == 0 ? HolidayCalendar.Default : HolidayCalendar.Default.WithOverrides(imported);
        var calendar = new BusinessCalendar(holidays, closed);
        cache.Set(CacheKey, calendar, CacheFor);
        return calendar;
    }

    /// <summary>Forgets this instance's copy, and the public pages rendered from it.</summary>
    public async Task InvalidateAsync()
    {
        cache.Remove(CacheKey);
        await PublicPageCache.EvictAsync(services.GetRequiredService<IOutputCacheStore>());
    }
}
