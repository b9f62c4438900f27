using Anshin.Core.Organisations;
using Anshin.Core.SelfCheck;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Areas.SelfCheck.Services;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.SelfCheck.Pages;

/// <summary>
/// One part of the diagnosis. Every press of a button saves the answers given on the page first; "next" and "see
/// the result" also need every question of the part answered. The last part records the result.
/// </summary>
public sealed class PartModel(OrganisationSession session, SelfCheckDrafts drafts, OrganisationAccounts accounts,
    SelfCheckSubmitter submitter, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string ResumeCodeKey = "SelfCheck.ResumeCode";

    public SelfCheckPart Part { get; private set; } = null!;

    public SelfCheckDraft Draft { get; private set; } = null!;

    public IReadOnlyDictionary<int, SelfCheckAnswer?> Answers { get; private set; } = new Dictionary<int, SelfCheckAnswer?>();

    public bool IsLast => Part.Number == SelfCheckQuestionSets.Current.Parts[^1].Number;

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken ct)
    {
        if (await LoadAsync(number, ct) is { } redirect)
        {
            return redirect;
        }

        Answers = Part is null ? new Dictionary<int, SelfCheckAnswer?>() : Questions().ToDictionary(q => q.Number, q => SelfCheckDrafts.AnswerOf(Draft, q.Number));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int number, string? go, CancellationToken ct)
    {
        if (await LoadAsync(number, ct) is { } redirect)
        {
            return redirect;
        }

        var posted = Questions().ToDictionary(q => q.Number, q => SelfCheckFlow.Parse(Request.Form[$"q{q.Number}"]));
        await drafts.SaveAsync(Draft, posted.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!.Value), ct);
        Answers = Questions().ToDictionary(q => q.Number, q => SelfCheckDrafts.AnswerOf(Draft, q.Number));

        if (go == "back")
        {
            return Number(Part.Number - 1) is { } previous ? RedirectToPage("Part", new { number = previous }) : RedirectToPage("Profile");
        }

        ModelState.Clear();
        foreach (var (question, answer) in Answers.Where(a => a.Value is null))
        {
            ModelState.AddModelError($"q{question}", t["SelfCheck.Error.Unanswered"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!IsLast)
        {
            return RedirectToPage("Part", new { number = Part.Number + 1 });
        }

        if (SelfCheckDrafts.Complete(Draft) is not { } complete)
        {
            TempData["SelfCheck.Missing"] = true;
            return RedirectToPage("Part", new { number = SelfCheckFlow.FirstOpenPart(Draft) });
        }

        return await FinishAsync(complete, ct);
    }

    private async Task<IActionResult> FinishAsync(IReadOnlyList<SelfCheckAnswer> answers, CancellationToken ct)
    {
        var organisation = await session.CurrentAsync(ct);
        if (organisation is null)
        {
            (organisation, var code) = accounts.Create(Draft.Industry, Draft.SizeBand);
            TempData[ResumeCodeKey] = code;
        }

        var result = await submitter.SubmitAsync(organisation, answers, Draft.Industry!, Draft.SizeBand!.Value, ct);
        await drafts.DiscardAsync(Draft, ct);
        await session.SignInAsync(organisation);
        return RedirectToPage("Result", new { id = result.Id });
    }

    private async Task<IActionResult?> LoadAsync(int number, CancellationToken ct)
    {
        var organisation = await session.CurrentAsync(ct);
        if (await drafts.FindAsync(organisation, ct) is not { } draft)
        {
            return RedirectToPage("Index");
        }

        Draft = draft;
        if (!Industries.IsValid(draft.Industry) || draft.SizeBand is not { } size || !SizeBands.IsValid(size))
        {
            return RedirectToPage("Profile");
        }

        if (SelfCheckQuestionSets.Current.Parts.FirstOrDefault(p => p.Number == number) is not { } part)
        {
            return NotFound();
        }

        Part = part;
        return null;
    }

    public IEnumerable<SelfCheckQuestion> Questions() => SelfCheckQuestionSets.Current.QuestionsIn(Part);

    private static int? Number(int part) => SelfCheckQuestionSets.Current.Parts.Any(p => p.Number == part) ? part : null;
}
