using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Desk.Pages.Templates;

/// <summary>Reply templates (定型文), kept by supervisors: per 手口 or general, with placeholders.</summary>
[Authorize(Policy = DeskPolicies.Supervise)]
public sealed class IndexModel(AnshinDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<ReplyTemplate> Templates { get; private set; } = [];

    public IReadOnlyList<Method> Methods { get; private set; } = [];

    [BindProperty]
    public int? EditId { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public int? MethodId { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public int SortOrder { get; set; }

    [BindProperty]
    public bool IsActive { get; set; } = true;

    public async Task<IActionResult> OnGetAsync(int? edit, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (edit is not null)
        {
            var tpl = Templates.FirstOrDefault(x => x.Id == edit);
            if (tpl is null)
            {
                return NotFound();
            }

            (EditId, Title, MethodId, Body, SortOrder, IsActive) = (tpl.Id, tpl.Title, tpl.MethodId, tpl.Body, tpl.SortOrder, tpl.IsActive);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Title) || Title.Length > 200)
        {
            ModelState.AddModelError(nameof(Title), t["Templates.Error.Title"]);
        }

        if (string.IsNullOrWhiteSpace(Body) || Body.Length > 20_000)
        {
            ModelState.AddModelError(nameof(Body), t["Templates.Error.Body"]);
        }

        if (MethodId is not null && !await db.Set<Method>().AnyAsync(m => m.Id == MethodId, ct))
        {
            ModelState.AddModelError(nameof(MethodId), t["Case.Error.Method"]);
        }

        var tpl = EditId is null ? new ReplyTemplate() : await db.Set<ReplyTemplate>().FindAsync([EditId], ct);
        if (tpl is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        tpl.Title = Title!.Trim();
        tpl.MethodId = MethodId;
        tpl.Body = Body!.Replace("\r\n", "\n", StringComparison.Ordinal);
        tpl.SortOrder = SortOrder;
        tpl.IsActive = IsActive;
        tpl.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (EditId is null)
        {
            db.Add(tpl);
        }

        audit.Add(DeskAudit.TemplateChanged, "template:" + (EditId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "new"), detail: tpl.Title);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = t["Templates.Saved"].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Templates = await db.Set<ReplyTemplate>().AsNoTracking().OrderBy(x => x.SortOrder).ThenBy(x => x.Title).ToListAsync(ct);
        Methods = await db.Set<Method>().AsNoTracking().OrderBy(m => m.ParentId ?? m.Id).ThenBy(m => m.ParentId != null).ThenBy(m => m.SortOrder).ToListAsync(ct);
    }
}
