using Anshin.Core.SelfCheck;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Areas.SelfCheck.Services;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Anshin.Web.Platform.Pdf;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.SelfCheck.Pages;

/// <summary>
/// One result, for the organisation it belongs to only: the score and band, the peers' figures, what changed since
/// the previous result, and the next steps for every question not yet done. Printable, and as PDF where configured.
/// </summary>
public sealed class ResultModel(OrganisationSession session, AnshinDbContext db, PeerBenchmarks peers, ChromiumPdf pdf,
    ViewHtml views) : PageModel
{
    public ResultView View { get; private set; } = null!;

    public string? ResumeCode { get; private set; }

    public bool PdfAvailable => pdf.Unavailable is null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        ResumeCode = TempData[PartModel.ResumeCodeKey] as string;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } view)
        {
            return NotFound();
        }

        if (pdf.Unavailable is not null)
        {
            return NotFound();
        }

        var bytes = await pdf.RenderAsync(await views.RenderAsync(PageContext, ResultSheet.StandaloneView, view, UiLanguage.Current), ct);
        return File(bytes, "application/pdf", $"self-check-{view.Result.TakenAt:yyyyMMdd}-{view.Result.Id}.pdf");
    }

    private async Task<ResultView?> LoadAsync(int id, CancellationToken ct)
    {
        if (await session.CurrentAsync(ct) is not { } organisation)
        {
            return null;
        }

        var result = await db.Set<SelfCheckResult>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.OrganisationId == organisation.Id, ct);
        if (result is null || SelfCheckQuestionSets.Find(result.QuestionSetVersion) is not { } set
            || !SelfCheckAnswers.TryDecode(result.Answers, out var answers))
        {
            return null;
        }

        var previous = await db.Set<SelfCheckResult>().AsNoTracking()
            .Where(r => r.OrganisationId == organisation.Id && (r.TakenAt < result.TakenAt || (r.TakenAt == result.TakenAt && r.Id < result.Id)))
            .OrderByDescending(r => r.TakenAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        IReadOnlyList<SelfCheckAnswer>? previousAnswers = null;
        if (previous is not null && previous.QuestionSetVersion == result.QuestionSetVersion
            && SelfCheckAnswers.TryDecode(previous.Answers, out var decoded))
        {
            previousAnswers = decoded;
        }

        var group = await peers.ForGroupAsync(result.Industry, result.SizeBand, result.QuestionSetVersion, ct);
        return new ResultView(organisation, result, set, answers, SelfCheckBands.For(result.Score),
            SelfCheckScore.FollowUps(answers), group, previous, previousAnswers);
    }
}
