using System.ComponentModel.DataAnnotations;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Localization;
using Anshin.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Staff.Pages;

/// <summary>The second sign-in step: a code from the authenticator app, or one of the recovery codes.</summary>
[AllowIncompleteAccount]
public sealed class SignInTwoFactorModel(
    SignInManager<StaffUser> signIn,
    UserManager<StaffUser> users,
    AuditLog audit,
    SignInRecorder recorder,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    [Display(Name = "TwoFactor.Code")]
    [StringLength(32, ErrorMessage = "Validation.TooLong")]
    public string? Code { get; set; }

    [BindProperty]
    [Display(Name = "TwoFactor.RecoveryCode")]
    [StringLength(32, ErrorMessage = "Validation.TooLong")]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/SignIn");
        }

        if (string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(RecoveryCode))
        {
            ModelState.AddModelError(nameof(Code), t["TwoFactor.CodeRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var usingRecovery = string.IsNullOrWhiteSpace(Code);
        var result = usingRecovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode!.Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(Code!.Replace(" ", "", StringComparison.Ordinal), isPersistent: false, rememberClient: false);

        if (result.Succeeded)
        {
            await recorder.SucceededAsync(user, usingRecovery ? "password+recovery-code" : "password+totp");
            if (usingRecovery)
            {
                await audit.WriteAsync(AuditActions.RecoveryCodeUsed, "staff:" + user.Id, actorId: user.Id, actorName: user.UserName,
                    detail: $"{await users.CountRecoveryCodesAsync(user)} left");
            }

            return LocalRedirect(LocalUrl.OrDefault(ReturnUrl, "/staff"));
        }

        if (result.IsLockedOut)
        {
            await audit.WriteAsync(AuditActions.SignInLockedOut, "staff:" + user.Id, succeeded: false, actorId: user.Id, actorName: user.UserName);
            ModelState.AddModelError("", t["SignIn.LockedOut"]);
            return Page();
        }

        await audit.WriteAsync(AuditActions.SignInFailed, "staff:" + user.Id, succeeded: false, actorId: user.Id, actorName: user.UserName,
            detail: usingRecovery ? "wrong recovery code" : "wrong authenticator code");
        ModelState.AddModelError(usingRecovery ? nameof(RecoveryCode) : nameof(Code), t["TwoFactor.CodeWrong"]);
        return Page();
    }
}
