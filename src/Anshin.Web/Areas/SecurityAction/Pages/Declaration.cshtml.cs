using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Areas.SecurityAction.Services;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.SecurityAction.Pages;

/// <summary>The signed-in organisation's declaration: its ID, logo and history; change the details, move to ★★, or withdraw.</summary>
public sealed class DeclarationModel(OrganisationSession session, Declarations declarations, BasicPolicies policies,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public Declaration Declaration { get; private set; } = null!;

    public IReadOnlyList<DeclarationEvent> History { get; private set; } = [];

    public SelfCheckResult? Diagnosis { get; private set; }

    [BindProperty]
    public DeclarationInput Input { get; set; } = new();

    [BindProperty]
    public string? UpgradeUrl { get; set; }

    [BindProperty]
    public bool ConfirmWithdraw { get; set; }

    [BindProperty]
    public string? WithdrawReason { get; set; }

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } redirect)
        {
            return redirect;
        }

        Input = DeclarationInput.From(Declaration);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } redirect)
        {
            return redirect;
        }

        ModelState.Clear();
        var errors = await declarations.ChangeAsync(Declaration, Input, ct);
        if (errors.Count > 0)
        {
            DeclarationErrors.AddTo(ModelState, errors, t);
            return Page();
        }

        Flash = t["SecurityAction.Manage.Changed"];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUpgradeAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } redirect)
        {
            return redirect;
        }

        ModelState.Clear();
        Input = DeclarationInput.From(Declaration);
        var organisation = (await session.CurrentAsync(ct))!;
        var errors = await declarations.UpgradeAsync(organisation, Declaration, UpgradeUrl, ct);
        if (errors.Count > 0)
        {
            DeclarationErrors.AddTo(ModelState, errors, t, prefix: "Upgrade.");
            return Page();
        }

        Flash = t["SecurityAction.Manage.Upgraded"];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } redirect)
        {
            return redirect;
        }

        ModelState.Clear();
        Input = DeclarationInput.From(Declaration);
        if (!ConfirmWithdraw)
        {
            ModelState.AddModelError(nameof(ConfirmWithdraw), t["SecurityAction.Manage.ConfirmWithdrawRequired"]);
            return Page();
        }

        await declarations.WithdrawAsync(Declaration, WithdrawReason, ct);
        Flash = Declaration.PublicId is { } id ? t["SecurityAction.Manage.Withdrawn", id] : t["SecurityAction.Manage.WithdrawnPending"];
        return RedirectToPage("Index");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await session.CurrentAsync(ct) is not { } organisation)
        {
            return Redirect("/self-check/resume");
        }

        if (await declarations.CurrentAsync(organisation.Id, ct) is not { } declaration)
        {
            return RedirectToPage("Index");
        }

        Declaration = declaration;
        History = await declarations.HistoryAsync(declaration.Id, ct);
        Diagnosis = await declarations.QualifyingDiagnosisAsync(organisation.Id, ct);
        UpgradeUrl ??= (await policies.CurrentAsync(organisation.Id, ct))?.PublishedUrl;
        return null;
    }
}
