using System.Security.Claims;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.SelfCheck.Accounts;

/// <summary>The organisation this browser is signed in as, if any (read once per request).</summary>
public sealed class OrganisationSession(IHttpContextAccessor http, AnshinDbContext db)
{
    private Organisation? current;
    private bool loaded;

    public async Task<Organisation?> CurrentAsync(CancellationToken ct)
    {
        if (loaded)
        {
            return current;
        }

        loaded = true;
        var context = http.HttpContext!;
        var result = await context.AuthenticateAsync(OrganisationAuth.Scheme);
        if (result.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is { } idText && int.TryParse(idText, out var id))
        {
            var organisation = await db.Set<Organisation>().SingleOrDefaultAsync(o => o.Id == id, ct);
            if (organisation is not null && organisation.SecurityStamp == result.Principal.FindFirstValue(OrganisationAuth.StampClaim))
            {
                current = organisation;
            }
        }

        return current;
    }

    public async Task SignInAsync(Organisation organisation)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(OrganisationAuth.StampClaim, organisation.SecurityStamp),
            ],
            OrganisationAuth.Scheme);
        await http.HttpContext!.SignInAsync(OrganisationAuth.Scheme, new ClaimsPrincipal(identity));
        current = organisation;
        loaded = true;
    }

    public async Task SignOutAsync()
    {
        await http.HttpContext!.SignOutAsync(OrganisationAuth.Scheme);
        current = null;
        loaded = true;
    }
}
