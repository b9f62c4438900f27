using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Admin.Pages.Staff;

/// <summary>All staff accounts with their roles and security state.</summary>
public sealed class IndexModel(AnshinDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Row> Members { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name ?? "");
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        Members = users.Select(u => new Row(u, [.. byUser[u.Id]], u.LockoutEnd is { } end && end > now)).ToList();
    }

    public sealed record Row(StaffUser User, IReadOnlyList<string> Roles, bool LockedOut);
}
