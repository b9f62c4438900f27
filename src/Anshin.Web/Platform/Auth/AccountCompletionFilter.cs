using Anshin.Web.Platform.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Anshin.Web.Platform.Auth;

/// <summary>
/// Sends a signed-in staff member to finish their account first: a one-time password must be changed, and
/// when administrators require two-factor sign-in, an authenticator must be enrolled.
/// </summary>
internal sealed class AccountCompletionFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var principal = context.HttpContext.User;
        var exempt = context.ActionDescriptor.HandlerTypeInfo.IsDefined(typeof(AllowIncompleteAccountAttribute), inherit: false);
        if (exempt || principal.Identity?.IsAuthenticated != true
            || principal.Identity.AuthenticationType != IdentityConstants.ApplicationScheme)
        {
            await next();
            return;
        }

        // The session validator has usually just read the account's flags; otherwise (a validation interval is set)
        // they are read here. Resolved only for signed-in staff, so public pages do not pay for a UserManager.
        var services = context.HttpContext.RequestServices;
        var account = context.HttpContext.Features.Get<StaffAccountState>();
        bool mustChangePassword, twoFactorEnabled;
        if (account is not null)
        {
            (mustChangePassword, twoFactorEnabled) = (account.MustChangePassword, account.TwoFactorEnabled);
        }
        else
        {
            var user = await services.GetRequiredService<UserManager<StaffUser>>().GetUserAsync(principal);
            if (user is null)
            {
                await next();
                return;
            }

            (mustChangePassword, twoFactorEnabled) = (user.MustChangePassword, user.TwoFactorEnabled);
        }

        if (mustChangePassword)
        {
            context.Result = new RedirectToPageResult("/Account/ChangePassword", new { area = "Staff" });
            return;
        }

        if (!twoFactorEnabled && await services.GetRequiredService<SiteSettings>().GetBoolAsync(SettingKeys.RequireTwoFactor))
        {
            context.Result = new RedirectToPageResult("/Account/TwoFactor", new { area = "Staff", required = true });
            return;
        }

        await next();
    }
}
