using System.Security.Claims;
using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Areas.Otasuketai.Services;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Otasuketai.Pages.Manage;

/// <summary>
/// One application for a reviewer: the provider and its facts (read only — reviewers never edit them), the check the
/// application was submitted with and, when the standard has changed since, the check under the current version;
/// decisions with an overall comment and one per requirement; suspension, reinstatement and withdrawal.
/// </summary>
public sealed class DetailModel(AnshinDbContext db, ServiceReviews reviews, ServiceChecks checks, StandardVersions versions,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public OtasuketaiService Service { get; private set; } = null!;

    public StandardCheckResult? Check { get; private set; }

    /// <summary>The check under the current standard, when the application was checked against an older version.</summary>
    public StandardCheckResult? CurrentCheck { get; private set; }

    public IReadOnlyList<ServiceEvent> History { get; private set; } = [];

    public ILookup<long, ReviewComment> Comments { get; private set; } = Enumerable.Empty<ReviewComment>().ToLookup(c => c.EventId);

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public Dictionary<string, string?> RequirementComments { get; set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostStartAsync(int id, CancellationToken ct) =>
        ActAsync(id, async (service, staff) => await reviews.StartAsync(service, staff, ct) ? null : "Otasuketai.Review.NotAllowed", "Otasuketai.Review.Started", ct);

    public Task<IActionResult> OnPostRegisterAsync(int id, CancellationToken ct) => DecideAsync(id, ServiceStatus.Registered, ct);

    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken ct) => DecideAsync(id, ServiceStatus.Returned, ct);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken ct) => DecideAsync(id, ServiceStatus.Rejected, ct);

    public Task<IActionResult> OnPostSuspendAsync(int id, CancellationToken ct) => ChangeAsync(id, ServiceStatus.Suspended, ct);

    public Task<IActionResult> OnPostReinstateAsync(int id, CancellationToken ct) => ChangeAsync(id, ServiceStatus.Registered, ct);

    public Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct) => ChangeAsync(id, ServiceStatus.Withdrawn, ct);

    private Task<IActionResult> DecideAsync(int id, ServiceStatus decision, CancellationToken ct) =>
        ActAsync(id, (service, staff) => reviews.DecideAsync(service, decision, Comment, RequirementComments, staff, ct), "Otasuketai.Review.Decided." + decision, ct);

    private Task<IActionResult> ChangeAsync(int id, ServiceStatus to, CancellationToken ct) =>
        ActAsync(id, (service, staff) => reviews.ChangeRegistrationAsync(service, to, Comment, staff, ct), "Otasuketai.Review.Changed." + to, ct);

    private async Task<IActionResult> ActAsync(int id, Func<OtasuketaiService, (string Id, string Name), Task<string?>> act, string doneKey, CancellationToken ct)
    {
        if (await reviews.FindAsync(id, ct) is not { } service)
        {
            return NotFound();
        }

        var staff = (User.FindFirstValue(ClaimTypes.NameIdentifier)!, User.Identity!.Name!);
        if (await act(service, staff) is { } problem)
        {
            ModelState.AddModelError(nameof(Comment), t[problem]);
            await LoadAsync(id, ct);
            return Page();
        }

        Flash = t[doneKey].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await reviews.FindAsync(id, ct) is not { } service)
        {
            return false;
        }

        Service = service;
        Check = ServiceChecks.Stored(service);
        var current = await versions.CurrentAsync(ct);
        if (service.CheckVersion != current.Version)
        {
            CurrentCheck = await checks.PreviewAsync(service.ProviderId, service.ToOffer(), ct);
        }

        History = await db.Set<ServiceEvent>().AsNoTracking().Where(e => e.ServiceId == id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).ToListAsync(ct);
        Comments = (await db.Set<ReviewComment>().AsNoTracking().Where(c => c.ServiceId == id).ToListAsync(ct)).ToLookup(c => c.EventId);
        return true;
    }
}
