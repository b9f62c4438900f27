using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Areas.SecurityAction.Services;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.SecurityAction.Pages;

/// <summary>SECURITY ACTION explained: a self-declaration at two levels, the five principles, the logo's use, and the way in.</summary>
public sealed class IndexModel(OrganisationSession session, Declarations declarations) : PageModel
{
    public Declaration? Current { get; private set; }

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await session.CurrentAsync(ct) is { } organisation)
        {
            Current = await declarations.CurrentAsync(organisation.Id, ct);
        }
    }
}
