using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Staff.Pages.Account;

/// <summary>My account: password, two-factor state, recovery codes left, and signing out of every browser.</summary>
public sealed class IndexModel(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    AuditLog audit,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public StaffUser Member { get; private set; } = new();

    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Member = user;
        RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        return Page();
    }

    /// <summary>Ends every session of this account, on every device, including this one.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(AuditActions.SignOutEverywhere, "staff:" + user.Id);
        await signIn.SignOutAsync();
        TempData["Flash"] = t["Account.SignedOutEverywhere"].Value;
        return Redirect("/staff/signin");
    }
}
