using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Areas.SecurityAction.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.SecurityAction.Pages;

/// <summary>
/// The link from the confirmation e-mail. Opening it shows what will be declared; the button (a POST, so mail scanners
/// fetching the link change nothing) makes the declaration and shows its ID and logo.
/// </summary>
public sealed class ConfirmModel(Declarations declarations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public Declaration? Pending { get; private set; }

    public Declaration? Declared { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Pending = await declarations.PendingAsync(Token, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Declared = await declarations.ConfirmAsync(Token, ct);
        return Page();
    }
}
