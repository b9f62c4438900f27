using System.ComponentModel.DataAnnotations;
using System.Text;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Admin.Pages.Staff;

/// <summary>Creates a staff account with a one-time password, shown once to the administrator.</summary>
public sealed class NewModel(UserManager<StaffUser> users, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Staff.UserName")]
    [RegularExpression("^[A-Za-z0-9._@-]{3,64}$", ErrorMessage = "StaffAdmin.UserNameRule")]
    public string UserName { get; set; } = "";

    [BindProperty]
    public StaffForm Form { get; set; } = new();

    public string? OneTimePassword { get; private set; }

    public string? CreatedId { get; private set; }

    public void OnGet() => Form.Roles = [StaffRoles.Consultant];

    public async Task<IActionResult> OnPostAsync()
    {
        Form.Roles = Form.Roles.Where(StaffRoles.All.Contains).Distinct().ToList();
        if (Form.Roles.Count == 0)
        {
            ModelState.AddModelError("Form.Roles", t["StaffAdmin.RoleRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var password = FirstAdministrator.OneTimePassword();
        var user = new StaffUser
        {
            UserName = UserName.Trim(),
            Email = Form.Email.Trim().Normalize(NormalizationForm.FormKC),
            DisplayName = Form.DisplayName.Trim(),
            MustChangePassword = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.Contains("Email", StringComparison.Ordinal) ? "Form.Email" : nameof(UserName);
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        await users.AddToRolesAsync(user, Form.Roles);
        await audit.WriteAsync(AuditActions.StaffCreated, "staff:" + user.Id, detail: "roles=" + string.Join('+', Form.Roles));
        OneTimePassword = password;
        CreatedId = user.Id;
        return Page();
    }
}
