using System.Security.Claims;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Auth;

/// <summary>
/// Checks a staff session against the account on every request (or every <c>Auth:SecurityStampValidationInterval</c>):
/// a changed security stamp (sign-out everywhere, password reset, deactivation) ends it at once, and changed roles are
/// taken over into the session. Identity's own validator does the same with five queries and a new cookie on every
/// request; this one reads the stamp, the flags and the role names in one query and rebuilds the session only when the
/// roles changed. The flags it read are kept for <see cref="AccountCompletionFilter"/>.
/// </summary>
internal sealed class StaffSessionValidator(
    AnshinDbContext db,
    SignInManager<StaffUser> signIn,
    IOptions<SecurityStampValidatorOptions> validatorOptions,
    IOptions<IdentityOptions> identityOptions,
    TimeProvider clock) : ISecurityStampValidator
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var issued = context.Properties.IssuedUtc;
        var due = issued is null || clock.GetUtcNow() - issued.Value > validatorOptions.Value.ValidationInterval;
        if (principal is null || !due)
        {
            return;
        }

        var claims = identityOptions.Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(claims.UserIdClaimType);
        var account = userId is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new StaffAccountState(
                u.SecurityStamp,
                u.IsActive,
                u.MustChangePassword,
                u.TwoFactorEnabled,
                db.UserRoles.Where(r => r.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
                    .ToList()))
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (account is null || !account.IsActive || account.SecurityStamp != principal.FindFirstValue(claims.SecurityStampClaimType))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        context.HttpContext.Features.Set(account);
        var sessionRoles = principal.FindAll(claims.RoleClaimType).Select(c => c.Value).Order(StringComparer.Ordinal);
        if (!sessionRoles.SequenceEqual(account.Roles.Order(StringComparer.Ordinal)))
        {
            var user = await signIn.UserManager.FindByIdAsync(userId!);
            if (user is null)
            {
                context.RejectPrincipal();
                return;
            }

            var refreshed = await signIn.CreateUserPrincipalAsync(user);
            if (principal.FindFirst("amr") is { } method && refreshed.Identity is ClaimsIdentity identity)
            {
                identity.AddClaim(new Claim("amr", method.Value)); // how the session was signed in (two-factor) stays known
            }

            context.ReplacePrincipal(refreshed);
            context.ShouldRenew = true;
        }
    }
}

/// <summary>What <see cref="StaffSessionValidator"/> read about the signed-in account for this request.</summary>
internal sealed record StaffAccountState(
    string? SecurityStamp, bool IsActive, bool MustChangePassword, bool TwoFactorEnabled, List<string> Roles);
