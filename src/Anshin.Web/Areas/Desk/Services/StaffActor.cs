using System.Security.Claims;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>The staff member doing something, for history lines, authorship and reply signatures.</summary>
public sealed record StaffActor(string Id, string Name)
{
    public static async Task<StaffActor> CurrentAsync(AnshinDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var name = await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        return new StaffActor(id, string.IsNullOrEmpty(name) ? user.Identity?.Name ?? "" : name);
    }
}
