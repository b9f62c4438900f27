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

/// <summary>Staff sign-in with user name and password; a second step follows when two-factor is on.</summary>
[AllowIncompleteAccount]
public sealed class SignInModel(
    SignInManager<StaffUser> signIn,
    UserManager<StaffUser> users,
    AuditLog audit,
    SignInRecorder recorder,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userName = Input.UserName.Trim();
        var user = await users.FindByNameAsync(userName) ?? await users.FindByEmailAsync(userName);
        if (user is null || !user.IsActive)
        {
            await audit.WriteAsync(AuditActions.SignInFailed, succeeded: false, actorName: userName,
                detail: user is null ? "unknown user" : "deactivated account");
            ModelState.AddModelError("", t["SignIn.Failed"]);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await recorder.SucceededAsync(user, "password");
            return LocalRedirect(LocalUrl.OrDefault(ReturnUrl, "/staff"));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/SignInTwoFactor", new { area = "Staff", returnUrl = ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            await audit.WriteAsync(AuditActions.SignInLockedOut, "staff:" + user.Id, succeeded: false, actorId: user.Id, actorName: user.UserName);
            ModelState.AddModelError("", t["SignIn.LockedOut"]);
            return Page();
        }

        await audit.WriteAsync(AuditActions.SignInFailed, "staff:" + user.Id, succeeded: false, actorId: user.Id,
            actorName: user.UserName, detail: "wrong password");
        ModelState.AddModelError("", t["SignIn.Failed"]);
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "SignIn.UserName")]
        [StringLength(256, ErrorMessage = "Validation.TooLong")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "SignIn.Password")]
        [DataType(DataType.Password)]
        [StringLength(1024, ErrorMessage = "Validation.TooLong")]
        public string Password { get; set; } = "";
    }
}
