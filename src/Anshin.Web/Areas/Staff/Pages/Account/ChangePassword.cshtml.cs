using System.ComponentModel.DataAnnotations;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Staff.Pages.Account;

/// <summary>Choose a new password; forced after a one-time password. Other sessions end when it changes.</summary>
[AllowIncompleteAccount]
public sealed class ChangePasswordModel(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    AuditLog audit,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Forced { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Forced = user.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Forced = user.MustChangePassword;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Input.NewPassword == Input.CurrentPassword)
        {
            ModelState.AddModelError("Input.NewPassword", t["ChangePassword.SameAsOld"]);
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword";
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await audit.WriteAsync(AuditActions.PasswordChanged, "staff:" + user.Id);
        await signIn.RefreshSignInAsync(user);
        TempData["Flash"] = t["ChangePassword.Done"].Value;
        return Redirect("/staff");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "ChangePassword.Current")]
        [DataType(DataType.Password)]
        [StringLength(1024, ErrorMessage = "Validation.TooLong")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "ChangePassword.New")]
        [DataType(DataType.Password)]
        [StringLength(1024, ErrorMessage = "Validation.TooLong")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "ChangePassword.Confirm")]
        [DataType(DataType.Password)]
        [Compare(nameof(NewPassword), ErrorMessage = "ChangePassword.Mismatch")]
        public string ConfirmPassword { get; set; } = "";
    }
}
