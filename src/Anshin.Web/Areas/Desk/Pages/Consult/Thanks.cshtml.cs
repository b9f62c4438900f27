using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.Desk.Pages.Consult;

/// <summary>The receipt: shown once after the consultation was saved (the number travels in TempData, never in the URL).</summary>
public sealed class ThanksModel : PageModel
{
    public string ReceiptNumber { get; private set; } = "";

    public DateOnly DueDate { get; private set; }

    public bool HasEmail { get; private set; }

    public IActionResult OnGet()
    {
        if (TempData["ReceiptNumber"] is not string receipt || TempData["DueDay"] is not int due)
        {
            return RedirectToPage("Index");
        }

        ReceiptNumber = receipt;
        DueDate = DateOnly.FromDayNumber(due);
        HasEmail = TempData["HasEmail"] is true;
        return Page();
    }
}
