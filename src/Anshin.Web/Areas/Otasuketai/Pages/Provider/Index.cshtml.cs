using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Areas.Otasuketai.Services;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.Otasuketai.Pages.Provider;

/// <summary>
/// The provider's home: signed out, how to register or sign in; signed in without a profile, the way to add one;
/// with a profile, its services and their status.
/// </summary>
public sealed class IndexModel(ServiceProviders providers, ServiceApplications applications, OrganisationSession session) : PageModel
{
    public bool SignedIn { get; private set; }

    public OtasuketaiProvider? Provider { get; private set; }

    public IReadOnlyList<OtasuketaiService> Services { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        SignedIn = await session.CurrentAsync(ct) is not null;
        Provider = await providers.CurrentAsync(ct);
        if (Provider is not null)
        {
            Services = await applications.ListAsync(Provider, ct);
        }
    }
}
