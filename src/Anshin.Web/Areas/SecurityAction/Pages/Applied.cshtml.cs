using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.SecurityAction.Pages;

/// <summary>After applying: check the inbox (and, for an organisation made just now, keep the resume code).</summary>
public sealed class AppliedModel : PageModel
{
    public string? Email { get; private set; }

    public string? ResumeCode { get; private set; }

    public void OnGet()
    {
        Email = TempData["SecurityAction.AppliedTo"] as string;
        ResumeCode = TempData[ApplyModel.ResumeCodeKey] as string;
    }
}
