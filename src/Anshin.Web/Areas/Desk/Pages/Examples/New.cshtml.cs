using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Desk.Pages.Examples;

/// <summary>The redaction assistant: a closed case becomes a proposed case example with personal data masked.</summary>
[Authorize(Policy = DeskPolicies.Work)]
public sealed class NewModel(CaseExamples examples, AnshinDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    public ExampleProposal Proposal { get; private set; } = null!;

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Question { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var proposal = await examples.ProposeAsync(id, ct);
        if (proposal is null)
        {
            return NotFound();
        }

        Proposal = proposal;
        Question = proposal.Question;
        Answer = proposal.Answer;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var actor = await StaffActor.CurrentAsync(db, User, ct);
        var result = await examples.SubmitAsync(id, Title ?? "", Question ?? "", Answer ?? "", actor, ct);
        if (result == CaseResult.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            Proposal = (await examples.ProposeAsync(id, ct))!;
            ModelState.AddModelError("", t[result.ErrorKey!, result.Args]);
            return Page();
        }

        TempData["Flash"] = t["Example.Proposed"].Value;
        return Redirect($"/desk/cases/{id}");
    }
}
