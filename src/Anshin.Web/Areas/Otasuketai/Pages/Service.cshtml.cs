using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Areas.Otasuketai.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.Otasuketai.Pages;

/// <summary>One registered service: what it offers, its price, its provider and the requirements it was checked against.</summary>
public sealed class ServiceModel(ServiceRegistry registry) : PageModel
{
    public ListedService Service { get; private set; } = null!;

    public StandardCheckResult? Check { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await registry.FindAsync(id, ct) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        Check = ServiceChecks.Stored(new OtasuketaiService { CheckVersion = service.CheckVersion, CheckResult = service.CheckResult });
        return Page();
    }
}
