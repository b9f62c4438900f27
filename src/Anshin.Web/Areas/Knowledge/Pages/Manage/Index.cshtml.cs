using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Knowledge.Pages.Manage;

/// <summary>Every article of the self-help site, newest change first, with its state.</summary>
public sealed class IndexModel(AnshinDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Articles = await db.Set<Article>().AsNoTracking().OrderByDescending(a => a.UpdatedAt).ToListAsync(ct);
    }
}
