using Anshin.Core.Security;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Otasuketai.Services;

/// <summary>Puts form errors next to their fields, in the reader's language.</summary>
public static class ServiceErrors
{
    public static void AddTo(ModelStateDictionary state, string prefix, IEnumerable<ServiceInputError> errors, IStringLocalizer<SharedResource> t)
    {
        foreach (var error in errors)
        {
            var message = error.Args is [PasswordProblem problem] ? PasswordMessages.Describe(problem, t) : t[error.Key, error.Args].Value;
            state.AddModelError(prefix.Length == 0 || error.Field is "Email" or "Password" ? error.Field : $"{prefix}.{error.Field}", message);
        }
    }
}
