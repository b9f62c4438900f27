using System.ComponentModel.DataAnnotations;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Admin.Pages.ApiClients;

/// <summary>Machine clients and their bearer tokens: issue (token shown once), see last use, revoke.</summary>
public sealed class IndexModel(AnshinDbContext db, ApiTokenCache tokens, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "ApiClients.Name")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    public string Name { get; set; } = "";

    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    public IReadOnlyList<ApiClient> Clients { get; private set; } = [];

    public string? NewToken { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Scopes = Scopes.Where(ApiScopes.All.Contains).Distinct().ToList();
        if (Scopes.Count == 0)
        {
            ModelState.AddModelError(nameof(Scopes), t["ApiClients.ScopeRequired"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var token = ApiTokenAuthenticationHandler.NewToken();
        var client = new ApiClient
        {
            Name = Name.Trim(),
            TokenHash = ApiTokenAuthenticationHandler.HashToken(token),
            TokenPrefix = token[..12],
            Scopes = string.Join(' ', Scopes),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = User.Identity?.Name,
        };
        db.Add(client);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(AuditActions.ApiClientCreated, "apiclient:" + client.Id, detail: client.Scopes, ct: ct);
        NewToken = token;
        ModelState.Clear();
        Name = "";
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var client = await db.Set<ApiClient>().FindAsync([id], ct);
        if (client is null)
        {
            return NotFound();
        }

        client.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        audit.Add(AuditActions.ApiClientRevoked, "apiclient:" + client.Id);
        await db.SaveChangesAsync(ct);
        tokens.Evict(client.TokenHash);
        TempData["Flash"] = t["ApiClients.Revoked", client.Name].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Clients = await db.Set<ApiClient>().AsNoTracking().OrderBy(c => c.RevokedAt != null).ThenBy(c => c.Name).ToListAsync(ct);
}
