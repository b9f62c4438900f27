using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Areas.SecurityAction.Services;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.SecurityAction.Pages.Manage;

/// <summary>One declaration for staff: every detail including the contact, its history, and suspension or reinstatement (audited).</summary>
public sealed class DetailModel(AnshinDbContext db, Declarations declarations, IStringLocalizer<SharedResource> t) : PageModel
{
    public Declaration Declaration { get; private set; } = null!;

    public IReadOnlyList<DeclarationEvent> History { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSuspendAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), t["SecurityAction.Staff.ReasonRequired"]);
            return Page();
        }

        if (!await declarations.SuspendAsync(Declaration, Reason, User.Identity!.Name!, ct))
        {
            ModelState.AddModelError(nameof(Reason), t["SecurityAction.Staff.CannotSuspend"]);
            return Page();
        }

        Flash = t["SecurityAction.Staff.Suspended"];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReinstateAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!await declarations.ReinstateAsync(Declaration, Reason, User.Identity!.Name!, ct))
        {
            ModelState.AddModelError(nameof(Reason), t["SecurityAction.Staff.CannotReinstate"]);
            return Page();
        }

        Flash = t["SecurityAction.Staff.Reinstated"];
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.Set<Declaration>().SingleOrDefaultAsync(d => d.Id == id, ct) is not { } declaration)
        {
            return false;
        }

        Declaration = declaration;
        History = await declarations.HistoryAsync(id, ct);
        return true;
    }
}
