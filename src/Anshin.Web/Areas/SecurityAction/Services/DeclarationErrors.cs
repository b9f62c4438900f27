using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.SecurityAction.Services;

/// <summary>Puts declaration errors into a page's model state, localised, keyed by the bound property path.</summary>
public static class DeclarationErrors
{
    public static void AddTo(ModelStateDictionary state, IEnumerable<DeclarationError> errors, IStringLocalizer<SharedResource> t, string prefix = "Input.")
    {
        foreach (var e in errors)
        {
            state.AddModelError(e.Field.Length == 0 ? "" : prefix + e.Field, t[e.Key, e.Args]);
        }
    }
}
