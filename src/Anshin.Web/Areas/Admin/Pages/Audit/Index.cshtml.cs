using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Admin.Pages.Audit;

/// <summary>The audit trail with filters, paging and CSV export of the filtered entries.</summary>
public sealed class IndexModel(AnshinDbContext db, AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public AuditQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filtered = Query.Apply(db.Set<AuditEntry>().AsNoTracking());
        Total = await filtered.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var skip = (PageNumber - 1) * PageSize; // a local, not an expression: EF Core would compile a delegate for it on every call
        Entries = await filtered.Skip(skip).Take(PageSize).ToListAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        await audit.WriteAsync(AuditActions.AuditExported, detail: Describe(), ct: ct);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"audit-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv\"";
        await AuditCsv.WriteAsync(Response.Body, Query.Apply(db.Set<AuditEntry>().AsNoTracking()).AsAsyncEnumerable(), ct);
        return new EmptyResult();
    }

    /// <summary>The query string of the current filters, for paging and export links.</summary>
    public string FilterQuery(int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null && !string.IsNullOrEmpty(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!));
            }
        }

        Add("Query.From", Query.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("Query.To", Query.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("Query.Action", Query.Action);
        Add("Query.Actor", Query.Actor);
        Add("Query.Target", Query.Target);
        Add("Query.Failed", Query.Failed?.ToString().ToLowerInvariant());
        Add("p", page);
        return string.Join('&', parts);
    }

    private string Describe() => FilterQuery() is { Length: > 0 } q ? q : "all";
}
