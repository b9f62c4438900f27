using Anshin.Core.Security;
using Anshin.Web.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Platform.Auth;

/// <summary>What to tell a person whose new password <see cref="PasswordPolicy"/> refused, in their language.</summary>
public static class PasswordMessages
{
    public static string Describe(PasswordProblem problem, IStringLocalizer<SharedResource> t) => problem switch
    {
        PasswordProblem.TooShort => t["Password.TooShort", PasswordPolicy.MinimumLength],
        PasswordProblem.TooLong => t["Password.TooLong", PasswordPolicy.MaximumLength],
        PasswordProblem.Common => t["Password.Common"],
        PasswordProblem.ContainsUserName => t["Password.ContainsUserName"],
        _ => t["Password.Repetitive"],
    };
}
