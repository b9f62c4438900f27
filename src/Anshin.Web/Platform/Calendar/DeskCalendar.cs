using Anshin.Core.Calendar;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Anshin.Web.Platform.Calendar;

/// <summary>
/// The desk's business calendar: built-in holidays, overridden by imported official data, plus the desk's own
/// closed days. Built once and cached; changes through the admin pages clear this instance's copy at once.
/// </summary>
public sealed class DeskCalendar(AnshinDbContext db, IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private const string CacheKey = "desk-calendar";

    /// <summary>The reply deadline for web and e-mail consultations, in business days.</summary>
    public const int ReplyBusinessDays = 5;

    public async Task<BusinessCalendar> GetAsync(CancellationToken ct = default)
    {
        if (cache.TryGetValue(CacheKey, out BusinessCalendar? cached) && cached is not null)
        {
            return cached;
        }

        var imported = await db.Set<ImportedHoliday>().AsNoTracking()
            .Select(h => new Holiday(h.Date, h.Name)).ToListAsync(ct);
        var closed = await db.Set<DeskClosedDay>().AsNoTracking().Select(d => d.Date).ToListAsync(ct);
        var holidays = imported.Count == 0 ? HolidayCalendar.Default : HolidayCalendar.Default.WithOverrides(imported);
        var calendar = new BusinessCalendar(holidays, closed);
        cache.Set(CacheKey, calendar, CacheFor);
        return calendar;
    }

    public void Invalidate() => cache.Remove(CacheKey);
}
