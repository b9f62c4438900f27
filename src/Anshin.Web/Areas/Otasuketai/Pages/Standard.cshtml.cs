using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.Otasuketai.Pages;

/// <summary>The standard as the registry checks it today: every requirement, its amount, and what the check looks at.</summary>
public sealed class StandardModel(StandardVersions versions) : PageModel
{
    public StandardRules Rules { get; private set; } = StandardRules.Initial;

    public async Task OnGetAsync(CancellationToken ct) => Rules = await versions.CurrentAsync(ct);
}
