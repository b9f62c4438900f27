using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Areas.Otasuketai.Services;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Otasuketai.Pages.Provider;

/// <summary>One of the provider's own services: its status, the last check, the reviewers' comments and the history.</summary>
public sealed class ServiceModel(AnshinDbContext db, ServiceProviders providers, ServiceApplications applications, IStringLocalizer<SharedResource> t) : PageModel
{
    public OtasuketaiService Service { get; private set; } = null!;

    public StandardCheckResult? Check { get; private set; }

    public IReadOnlyList<ServiceEvent> History { get; private set; } = [];

    public ILookup<long, ReviewComment> Comments { get; private set; } = Enumerable.Empty<ReviewComment>().ToLookup(c => c.EventId);

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await providers.CurrentAsync(ct) is not { } provider)
        {
            return Redirect(ServiceProviders.Home);
        }

        if (await applications.FindAsync(provider, id, ct) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        Check = ServiceChecks.Stored(service);
        History = await db.Set<ServiceEvent>().AsNoTracking().Where(e => e.ServiceId == id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).ToListAsync(ct);
        Comments = (await db.Set<ReviewComment>().AsNoTracking().Where(c => c.ServiceId == id).ToListAsync(ct)).ToLookup(c => c.EventId);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        if (await providers.CurrentAsync(ct) is not { } provider)
        {
            return Redirect(ServiceProviders.Home);
        }

        if (await applications.FindAsync(provider, id, ct) is not { } service)
        {
            return NotFound();
        }

        Flash = await applications.WithdrawAsync(service, UiLanguage.Current, ct)
            ? t["Otasuketai.Service.Withdrawn"].Value
            : t["Otasuketai.Review.NotAllowed"].Value;
        return RedirectToPage(new { id });
    }
}
