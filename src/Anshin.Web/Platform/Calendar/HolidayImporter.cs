using Anshin.Core.Calendar;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Platform.Calendar;

/// <summary>
/// Imports the Cabinet Office holiday CSV as published (Shift_JIS). Every year the file covers replaces what was
/// imported for that year before; nothing changes when the file does not parse.
/// </summary>
public sealed class HolidayImporter(AnshinDbContext db, DeskCalendar calendar, AuditLog audit, TimeProvider clock)
{
    public async Task<HolidayImportResult> ImportAsync(Stream csv, CancellationToken ct = default)
    {
        IReadOnlyList<Holiday> holidays;
        try
        {
            holidays = HolidayCsv.Parse(csv);
        }
        catch (HolidayCsvException ex)
        {
            return HolidayImportResult.Failed(ex.Message);
        }

        if (holidays.Count == 0)
        {
            return HolidayImportResult.Failed("the file holds no holidays");
        }

        var years = holidays.Select(h => h.Date.Year).Distinct().ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Set<ImportedHoliday>().Where(h => years.Contains(h.Date.Year)).ExecuteDeleteAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        db.AddRange(holidays.Select(h => new ImportedHoliday { Date = h.Date, Name = h.Name, ImportedAt = now }));
        var first = years.Min();
        var last = years.Max();
        audit.Add(AuditActions.HolidaysImported, $"holidays:{first}-{last}", detail: $"{holidays.Count} holidays");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await calendar.InvalidateAsync();
        return new HolidayImportResult(holidays.Count, first, last, null);
    }
}

public sealed record HolidayImportResult(int Count, int FirstYear, int LastYear, string? Error)
{
    public static HolidayImportResult Failed(string error) => new(0, 0, 0, error);
}
