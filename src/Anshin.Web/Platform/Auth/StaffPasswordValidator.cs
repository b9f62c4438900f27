using Anshin.Core.Security;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Platform.Auth;

/// <summary>NIST SP 800-63B password rules: long enough, not common, not the user's own name; no composition rules.</summary>
internal sealed class StaffPasswordValidator(IStringLocalizer<SharedResource> t) : IPasswordValidator<StaffUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        var problems = PasswordPolicy.Check(password ?? "", user.UserName ?? "", user.Email ?? "", user.DisplayName);
        if (problems.Count == 0)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = problems.Select(p => new IdentityError
        {
            Code = "Password" + p,
            Description = PasswordMessages.Describe(p, t),
        });
        return Task.FromResult(IdentityResult.Failed([.. errors]));
    }
}
