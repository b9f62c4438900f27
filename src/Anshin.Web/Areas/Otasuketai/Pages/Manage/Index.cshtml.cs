using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.Otasuketai.Pages.Manage;

/// <summary>The reviewers' queue: applications by status, oldest submission first, with the counts per status.</summary>
public sealed class IndexModel(ServiceReviews reviews) : PageModel
{
    public ServiceStatus? Status { get; private set; }

    public IReadOnlyList<ServiceQueueRow> Rows { get; private set; } = [];

    public IReadOnlyDictionary<ServiceStatus, int> Counts { get; private set; } = new Dictionary<ServiceStatus, int>();

    public async Task OnGetAsync(string? status, CancellationToken ct)
    {
        Status = status is null ? ServiceStatus.Submitted
            : Enum.TryParse<ServiceStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
        Rows = await reviews.QueueAsync(Status, ct);
        Counts = await reviews.CountsAsync(ct);
    }
}
