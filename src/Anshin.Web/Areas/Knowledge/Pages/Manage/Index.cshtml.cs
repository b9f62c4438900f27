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
        // Everything the list shows, not the texts.
        Articles = await db.Set<Article>().AsNoTracking().OrderByDescending(a => a.UpdatedAt)
            .Select(a => new Article
            {
                Id = a.Id,
                Slug = a.Slug,
                Language = a.Language,
                Type = a.Type,
                Title = a.Title,
                State = a.State,
                PublishAt = a.PublishAt,
                UpdatedAt = a.UpdatedAt,
                CurrentVersion = a.CurrentVersion,
            })
            .ToListAsync(ct);
    }
}
