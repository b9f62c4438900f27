using System.Text;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Admin.Pages.Staff;

/// <summary>
/// One staff account: details and roles, and the administrator's actions on it — new one-time password, reset
/// two-factor, unlock, deactivate or reactivate, sign out everywhere. Each action is audited.
/// </summary>
public sealed class EditModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public StaffForm Form { get; set; } = new();

    public StaffUser Member { get; private set; } = new();

    public bool LockedOut { get; private set; }

    public bool IsSelf { get; private set; }

    public string? OneTimePassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Form = new StaffForm { DisplayName = Member.DisplayName, Email = Member.Email ?? "", Roles = [.. await users.GetRolesAsync(Member)] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Form.Roles = Form.Roles.Where(StaffRoles.All.Contains).Distinct().ToList();
        if (Form.Roles.Count == 0)
        {
            ModelState.AddModelError("Form.Roles", t["StaffAdmin.RoleRequired"]);
        }

        if (IsSelf && !Form.Roles.Contains(StaffRoles.Admin))
        {
            ModelState.AddModelError("Form.Roles", t["StaffAdmin.KeepOwnAdmin"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Member.DisplayName = Form.DisplayName.Trim();
        Member.Email = Form.Email.Trim().Normalize(NormalizationForm.FormKC);
        var result = await users.UpdateAsync(Member);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Form.Email", error.Description);
            }

            return Page();
        }

        var current = await users.GetRolesAsync(Member);
        await users.RemoveFromRolesAsync(Member, current.Except(Form.Roles));
        await users.AddToRolesAsync(Member, Form.Roles.Except(current));
        if (IsSelf)
        {
            await signIn.RefreshSignInAsync(Member); // role changes renew the security stamp
        }

        await audit.WriteAsync(AuditActions.StaffUpdated, "staff:" + Member.Id, detail: "roles=" + string.Join('+', Form.Roles));
        return Done(t["StaffAdmin.Saved"]);
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var password = FirstAdministrator.OneTimePassword();
        await users.RemovePasswordAsync(Member);
        await users.AddPasswordAsync(Member, password);
        Member.MustChangePassword = true;
        await users.UpdateAsync(Member);
        await users.UpdateSecurityStampAsync(Member);
        await audit.WriteAsync(AuditActions.StaffPasswordReset, "staff:" + Member.Id);
        OneTimePassword = password;
        await ReloadFormAsync();
        return Page();
    }

    public Task<IActionResult> OnPostResetTwoFactorAsync(string id) => ActAsync(id, AuditActions.StaffTwoFactorReset, async u =>
    {
        await users.SetTwoFactorEnabledAsync(u, false);
        await users.ResetAuthenticatorKeyAsync(u);
        u.LastTotpStep = null;
        await users.UpdateAsync(u);
    });

    public Task<IActionResult> OnPostUnlockAsync(string id) => ActAsync(id, AuditActions.StaffUnlocked, async u =>
    {
        await users.SetLockoutEndDateAsync(u, null);
        await users.ResetAccessFailedCountAsync(u);
    });

    public Task<IActionResult> OnPostSignOutAsync(string id) =>
        ActAsync(id, AuditActions.StaffSignedOut, users.UpdateSecurityStampAsync);

    public Task<IActionResult> OnPostDeactivateAsync(string id) => ActAsync(id, AuditActions.StaffDeactivated, async u =>
    {
        u.IsActive = false;
        await users.UpdateAsync(u);
        await users.UpdateSecurityStampAsync(u);
    }, forbidSelf: true);

    public Task<IActionResult> OnPostReactivateAsync(string id) => ActAsync(id, AuditActions.StaffReactivated, async u =>
    {
        u.IsActive = true;
        await users.UpdateAsync(u);
    });

    private async Task<IActionResult> ActAsync(string id, string action, Func<StaffUser, Task> change, bool forbidSelf = false)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (forbidSelf && IsSelf)
        {
            ModelState.AddModelError("", t["StaffAdmin.NotOnSelf"]);
            await ReloadFormAsync();
            return Page();
        }

        await change(Member);
        await audit.WriteAsync(action, "staff:" + Member.Id);
        return Done(t["StaffAdmin.Done"]);
    }

    private RedirectToPageResult Done(string message)
    {
        TempData["Flash"] = message;
        return RedirectToPage(new { id = Member.Id });
    }

    private async Task ReloadFormAsync() =>
        Form = new StaffForm { DisplayName = Member.DisplayName, Email = Member.Email ?? "", Roles = [.. await users.GetRolesAsync(Member)] };

    private async Task<bool> LoadAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return false;
        }

        Member = user;
        LockedOut = user.LockoutEnd is { } end && end > clock.GetUtcNow();
        IsSelf = users.GetUserId(User) == user.Id;
        return true;
    }
}
