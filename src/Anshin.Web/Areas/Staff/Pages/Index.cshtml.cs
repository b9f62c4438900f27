using Anshin.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.Staff.Pages;

/// <summary>The staff start page: who is signed in, with which roles, and the account's security state.</summary>
public sealed class IndexModel(UserManager<StaffUser> users) : PageModel
{
    public StaffUser? Member { get; private set; }

    public IList<string> Roles { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Member = await users.GetUserAsync(User);
        if (Member is not null)
        {
            Roles = await users.GetRolesAsync(Member);
        }
    }
}
