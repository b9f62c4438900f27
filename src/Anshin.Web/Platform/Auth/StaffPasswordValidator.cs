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
            Description = p switch
            {
                PasswordProblem.TooShort => t["Password.TooShort", PasswordPolicy.MinimumLength],
                PasswordProblem.TooLong => t["Password.TooLong", PasswordPolicy.MaximumLength],
                PasswordProblem.Common => t["Password.Common"],
                PasswordProblem.ContainsUserName => t["Password.ContainsUserName"],
                _ => t["Password.Repetitive"],
            },
        });
        return Task.FromResult(IdentityResult.Failed([.. errors]));
    }
}
