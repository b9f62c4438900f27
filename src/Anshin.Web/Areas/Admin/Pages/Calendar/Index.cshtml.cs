using System.ComponentModel.DataAnnotations;
using Anshin.Core.Calendar;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Admin.Pages.Calendar;

/// <summary>The desk's own closed days, and import of a newer official holiday CSV from the Cabinet Office.</summary>
public sealed class IndexModel(
    AnshinDbContext db,
    DeskCalendar calendar,
    HolidayImporter importer,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public const long MaxCsvBytes = 1_000_000;

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "CalendarAdmin.Date")]
    public DateOnly? Date { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "CalendarAdmin.Reason")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    public string Reason { get; set; } = "";

    public IReadOnlyList<DeskClosedDay> ClosedDays { get; private set; } = [];

    public IReadOnlyList<(int Year, int Count)> ImportedYears { get; private set; } = [];

    public int BuiltInLastYear { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && await db.Set<DeskClosedDay>().AnyAsync(d => d.Date == Date, ct))
        {
            ModelState.AddModelError(nameof(Date), t["CalendarAdmin.Duplicate"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        db.Add(new DeskClosedDay { Date = Date!.Value, Reason = Reason.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime });
        audit.Add(AuditActions.ClosedDayAdded, "closed-day:" + Date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        await calendar.InvalidateAsync();
        TempData["Flash"] = t["CalendarAdmin.Added"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        var day = await db.Set<DeskClosedDay>().FindAsync([id], ct);
        if (day is null)
        {
            return NotFound();
        }

        db.Remove(day);
        audit.Add(AuditActions.ClosedDayRemoved, "closed-day:" + day.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        await calendar.InvalidateAsync();
        TempData["Flash"] = t["CalendarAdmin.Removed"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? csv, CancellationToken ct)
    {
        ModelState.Clear();
        if (csv is null || csv.Length == 0)
        {
            ModelState.AddModelError("csv", t["CalendarAdmin.ChooseFile"]);
        }
        else if (csv.Length > MaxCsvBytes)
        {
            ModelState.AddModelError("csv", t["CalendarAdmin.FileTooLarge"]);
        }
        else
        {
            await using var stream = csv.OpenReadStream();
            var result = await importer.ImportAsync(stream, ct);
            if (result.Error is not null)
            {
                ModelState.AddModelError("csv", t["CalendarAdmin.ImportFailed", result.Error]);
            }
            else
            {
                TempData["Flash"] = t["CalendarAdmin.Imported", result.Count, result.FirstYear, result.LastYear].Value;
                return RedirectToPage();
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = BusinessCalendar.ToTokyoDate(clock.GetUtcNow());
        ClosedDays = await db.Set<DeskClosedDay>().AsNoTracking()
            .Where(d => d.Date >= today.AddYears(-1)).OrderBy(d => d.Date).ToListAsync(ct);
        var imported = await db.Set<ImportedHoliday>().AsNoTracking().Select(h => h.Date).ToListAsync(ct);
        ImportedYears = imported.GroupBy(d => d.Year).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList();
        BuiltInLastYear = HolidayCalendar.Default.LastDataYear;
    }
}
