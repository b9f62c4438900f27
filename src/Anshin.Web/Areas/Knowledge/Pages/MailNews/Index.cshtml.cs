using System.Globalization;
using Anshin.Web.Areas.Knowledge.MailNews;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Knowledge.Pages.MailNews;

/// <summary>
/// Subscribing to the mail news: an address and a language; a link to confirm goes to the address. The page answers
/// the same whether the address was new or already on the list, so it tells no one who subscribes.
/// </summary>
public sealed class IndexModel(MailNewsService news, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string Language { get; set; } = "ja";

    public bool Requested { get; private set; }

    public void OnGet() => Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ja";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Language = Language == "en" ? "en" : "ja";
        ModelState.Clear();
        if (await news.SubscribeAsync(Email, Language, ct) == SubscribeOutcome.Invalid)
        {
            ModelState.AddModelError(nameof(Email), string.IsNullOrWhiteSpace(Email) ? t["MailNews.Error.EmailRequired"] : t["MailNews.Error.EmailInvalid"]);
            return Page();
        }

        Requested = true;
        return Page();
    }
}
