using System.Security.Claims;
using Anshin.Core.Calendar;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Pages;

/// <summary>The queue: every filter in the query string so a view can be bookmarked and shared.</summary>
public sealed class IndexModel(CaseQueue queue, AnshinDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public QueueFilter Filter { get; set; } = new();

    public QueuePage Result { get; private set; } = null!;

    public IReadOnlyList<Method> Methods { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Staff { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = BusinessCalendar.ToTokyoDate(clock.GetUtcNow());
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        Result = await queue.ListAsync(Filter, userId, ct);
        if (Result.ExactReceipt is not null && Result.Rows.Count == 1)
        {
            return RedirectToPage("Cases/Show", new { id = Result.Rows[0].Id });
        }

        if (!string.IsNullOrWhiteSpace(Filter.Q))
        {
            // Searching personal data is itself an access to it.
            await audit.WriteAsync(DeskAudit.QueueSearched, detail: $"results={Result.Total}", ct: ct);
        }

        Methods = await db.Set<Method>().AsNoTracking().Where(m => m.IsActive).OrderBy(m => m.ParentId ?? m.Id).ThenBy(m => m.ParentId != null)
            .ThenBy(m => m.SortOrder).ToListAsync(ct);
        Staff = (await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName })
            .ToListAsync(ct)).Select(u => (u.Id, u.DisplayName)).ToList();
        return Page();
    }

    /// <summary>The current filters with some values changed, for sort links, status tabs and paging.</summary>
    public Dictionary<string, string?> With(string? sort = null, int? page = null, IEnumerable<CaseStatus>? status = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Filter.Assignee"] = Filter.Assignee,
            ["Filter.Method"] = Filter.Method?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Filter.Channel"] = Filter.Channel?.ToString(),
            ["Filter.Urgency"] = Filter.Urgency?.ToString(),
            ["Filter.Due"] = Filter.Due,
            ["Filter.From"] = Filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Filter.To"] = Filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Filter.Q"] = Filter.Q,
            ["Filter.Sort"] = sort ?? Filter.Sort,
            ["Filter.Page"] = (page ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var statuses = (status ?? Filter.Status).ToList();
        for (var i = 0; i < statuses.Count; i++)
        {
            values[$"Filter.Status[{i}]"] = statuses[i].ToString();
        }

        return values.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary();
    }
}
