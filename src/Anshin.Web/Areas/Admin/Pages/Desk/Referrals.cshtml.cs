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

/// <summary>The referral directory (紹介先): other desks the consulter can be sent to, with the reasons the desk declines.</summary>
public sealed class ReferralsModel(AnshinDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<Referral> Referrals { get; private set; } = [];

    public IReadOnlyList<OutOfScopeReason> Reasons { get; private set; } = [];

    public IReadOnlyDictionary<int, int> TimesReferred { get; private set; } = new Dictionary<int, int>();

    [BindProperty]
    public Referral Input { get; set; } = new();

    [BindProperty]
    public OutOfScopeReason Reason { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? edit, int? editReason, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (edit is not null)
        {
            Input = Referrals.FirstOrDefault(r => r.Id == edit) ?? new Referral();
        }

        if (editReason is not null)
        {
            Reason = Reasons.FirstOrDefault(r => r.Id == editReason) ?? new OutOfScopeReason();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostReferralAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Input.Name) || Input.Name.Length > 200)
        {
            ModelState.AddModelError("Input.Name", t["Referrals.Error.Name"]);
        }

        if (!string.IsNullOrWhiteSpace(Input.Url) && !(Uri.TryCreate(Input.Url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            ModelState.AddModelError("Input.Url", t["Referrals.Error.Url"]);
        }

        var referral = Input.Id == 0 ? new Referral() : await db.Set<Referral>().FindAsync([Input.Id], ct);
        if (referral is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        referral.Name = Input.Name.Trim();
        referral.Phone = Input.Phone?.Trim() ?? "";
        referral.Url = Input.Url?.Trim() ?? "";
        referral.Hours = Input.Hours?.Trim() ?? "";
        referral.Topics = Input.Topics?.Trim() ?? "";
        referral.SortOrder = Input.SortOrder;
        referral.IsActive = Input.IsActive;
        if (Input.Id == 0)
        {
            db.Add(referral);
        }

        audit.Add(DeskAudit.ReferralChanged, "referral:" + (Input.Id == 0 ? "new" : Input.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), detail: referral.Name);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = t["Referrals.Saved"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReasonAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Reason.NameJa) || Reason.NameJa.Length > 200 || (Reason.NameEn?.Length ?? 0) > 200)
        {
            ModelState.AddModelError("Reason.NameJa", t["Referrals.Error.Reason"]);
        }

        var reason = Reason.Id == 0 ? new OutOfScopeReason() : await db.Set<OutOfScopeReason>().FindAsync([Reason.Id], ct);
        if (reason is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        (reason.NameJa, reason.NameEn, reason.SortOrder, reason.IsActive) = (Reason.NameJa.Trim(), Reason.NameEn?.Trim() ?? "", Reason.SortOrder, Reason.IsActive);
        if (Reason.Id == 0)
        {
            db.Add(reason);
        }

        audit.Add(DeskAudit.ReasonChanged, "reason:" + (Reason.Id == 0 ? "new" : Reason.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), detail: reason.NameJa);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = t["Referrals.ReasonSaved"].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Referrals = await db.Set<Referral>().AsNoTracking().OrderBy(r => r.SortOrder).ThenBy(r => r.Id).ToListAsync(ct);
        Reasons = await db.Set<OutOfScopeReason>().AsNoTracking().OrderBy(r => r.SortOrder).ThenBy(r => r.Id).ToListAsync(ct);
        TimesReferred = await db.Set<Consultation>().Where(c => c.ReferralId != null).GroupBy(c => c.ReferralId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }
}
