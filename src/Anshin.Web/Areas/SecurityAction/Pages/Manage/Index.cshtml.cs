using Anshin.Core.SecurityAction;
using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Areas.SecurityAction.Services;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.SecurityAction.Pages.Manage;

/// <summary>Staff look declarations up by ID, corporate number, name or contact address, in any state.</summary>
public sealed class IndexModel(AnshinDbContext db) : PageModel
{
    public string? Q { get; private set; }

    public DeclarationState? State { get; private set; }

    public IReadOnlyList<Declaration> Found { get; private set; } = [];

    public async Task OnGetAsync(string? q, DeclarationState? state, CancellationToken ct)
    {
        Q = q?.Trim();
        State = state;
        var query = db.Set<Declaration>().AsNoTracking();
        if (state is { } s)
        {
            query = query.Where(d => d.State == s);
        }

        if (DeclarationIds.Normalize(Q) is { } id)
        {
            query = query.Where(d => d.PublicId == id);
        }
        else if (DeclarationRegistry.CorporateNumberOf(Q) is { } number)
        {
            query = query.Where(d => d.CorporateNumber == number);
        }
        else if (Q is { Length: > 0 } && Q.Contains('@', StringComparison.Ordinal))
        {
            var email = Q.ToLowerInvariant();
            query = query.Where(d => d.ContactEmail == email);
        }
        else if (DeclarationRegistry.Fold(Q) is { } name)
        {
            query = query.Where(d => d.SearchText.Contains(name));
        }

        Found = await query.OrderByDescending(d => d.UpdatedAt).Take(100).ToListAsync(ct);
    }
}
