using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.Staff.Pages;

/// <summary>Signs out of this browser (a POST, so no link can sign someone out).</summary>
[AllowIncompleteAccount]
public sealed class SignOutModel(SignInManager<StaffUser> signIn, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.WriteAsync(AuditActions.SignOut);
        await signIn.SignOutAsync();
        return Redirect("/staff/signin");
    }
}
