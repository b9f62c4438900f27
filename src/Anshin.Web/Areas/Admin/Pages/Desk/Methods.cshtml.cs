using System.Text.RegularExpressions;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Admin.Pages.Desk;

/// <summary>The 手口 taxonomy: two or more levels, Japanese and English names, stable codes; retired entries stay for old cases.</summary>
public sealed partial class MethodsModel(AnshinDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<Method> Methods { get; private set; } = [];

    [BindProperty]
    public int? EditId { get; set; }

    [BindProperty]
    public int? ParentId { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? NameJa { get; set; }

    [BindProperty]
    public string? NameEn { get; set; }

    [BindProperty]
    public int SortOrder { get; set; }

    [BindProperty]
    public bool IsActive { get; set; } = true;

    public async Task<IActionResult> OnGetAsync(int? edit, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (edit is not null)
        {
            var m = Methods.FirstOrDefault(x => x.Id == edit);
            if (m is null)
            {
                return NotFound();
            }

            (EditId, ParentId, Code, NameJa, NameEn, SortOrder, IsActive) = (m.Id, m.ParentId, m.Code, m.NameJa, m.NameEn, m.SortOrder, m.IsActive);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Code = Code?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(Code) || !CodePattern().IsMatch(Code))
        {
            ModelState.AddModelError(nameof(Code), t["Methods.Error.Code"]);
        }
        else if (Methods.Any(m => m.Code == Code && m.Id != EditId))
        {
            ModelState.AddModelError(nameof(Code), t["Methods.Error.CodeTaken"]);
        }

        if (string.IsNullOrWhiteSpace(NameJa) || NameJa.Length > 100 || (NameEn?.Length ?? 0) > 100)
        {
            ModelState.AddModelError(nameof(NameJa), t["Methods.Error.Name"]);
        }

        if (ParentId is not null && (Methods.All(m => m.Id != ParentId) || CreatesCycle(EditId, ParentId.Value)))
        {
            ModelState.AddModelError(nameof(ParentId), t["Methods.Error.Parent"]);
        }

        var method = EditId is null ? new Method() : await db.Set<Method>().FindAsync([EditId], ct);
        if (method is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        (method.ParentId, method.Code, method.NameJa, method.NameEn, method.SortOrder, method.IsActive) =
            (ParentId, Code!, NameJa!.Trim(), NameEn?.Trim() ?? "", SortOrder, IsActive);
        if (EditId is null)
        {
            db.Add(method);
        }

        audit.Add(DeskAudit.TaxonomyChanged, "method:" + Code, detail: method.NameJa);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = t["Methods.Saved"].Value;
        return RedirectToPage();
    }

    /// <summary>Methods in tree order: each parent followed by its children.</summary>
    public IEnumerable<(Method Method, int Depth)> Tree()
    {
        IEnumerable<(Method, int)> Walk(int? parent, int depth) =>
            Methods.Where(m => m.ParentId == parent).OrderBy(m => m.SortOrder).ThenBy(m => m.Id)
                .SelectMany(m => new[] { (m, depth) }.Concat(Walk(m.Id, depth + 1)));
        return Walk(null, 0);
    }

    private bool CreatesCycle(int? id, int parent)
    {
        for (int? p = parent; p is not null; p = Methods.FirstOrDefault(m => m.Id == p)?.ParentId)
        {
            if (p == id)
            {
                return true;
            }
        }

        return false;
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Methods = await db.Set<Method>().AsNoTracking().ToListAsync(ct);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
