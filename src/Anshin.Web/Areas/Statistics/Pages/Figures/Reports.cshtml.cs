using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Areas.Statistics.Services;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Anshin.Web.Areas.Statistics.Pages.Figures;

/// <summary>The published quarterly reports (<c>/reports</c>), newest first.</summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ReportsModel(QuarterlyReports reports) : PageModel
{
    public IReadOnlyList<QuarterlyReport> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Reports = await reports.PublishedAsync(ct);
}
