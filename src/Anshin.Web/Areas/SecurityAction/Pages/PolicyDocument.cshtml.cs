using System.Text;
using Anshin.Core.SecurityAction;
using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Areas.SecurityAction.Services;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Platform.Pdf;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.SecurityAction.Pages;

/// <summary>
/// The generated basic policy of the signed-in organisation (the current revision or an earlier one): as a page with a
/// print stylesheet, as PDF where Chromium is configured, and as Markdown or plain text to paste into a web site.
/// </summary>
public sealed class PolicyDocumentModel(OrganisationSession session, BasicPolicies policies, ChromiumPdf pdf, ViewHtml views) : PageModel
{
    public const string StandaloneView = "/Areas/SecurityAction/Pages/Shared/_PolicyStandalone.cshtml";

    public BasicPolicyRevision Revision { get; private set; } = null!;

    public BasicPolicyDocument Document { get; private set; } = null!;

    public IReadOnlyList<BasicPolicyRevision> Revisions { get; private set; } = [];

    public string? ResumeCode { get; private set; }

    public bool PdfAvailable => pdf.Unavailable is null;

    public async Task<IActionResult> OnGetAsync(int? revision, string? format, CancellationToken ct)
    {
        if (await session.CurrentAsync(ct) is not { } organisation)
        {
            return RedirectToPage("Policy");
        }

        var found = revision is { } r ? await policies.RevisionAsync(organisation.Id, r, ct) : await policies.CurrentAsync(organisation.Id, ct);
        if (found is null)
        {
            return revision is null ? RedirectToPage("Policy") : NotFound();
        }

        Revision = found;
        Document = BasicPolicies.Document(found);
        var name = $"basic-policy-r{found.Revision}";
        switch (format)
        {
            case "md":
                return File(Encoding.UTF8.GetBytes(Document.ToMarkdown()), "text/markdown; charset=utf-8", name + ".md");
            case "txt":
                return File(Encoding.UTF8.GetBytes(Document.ToPlainText()), "text/plain; charset=utf-8", name + ".txt");
            case "pdf" when pdf.Unavailable is null:
                var html = await views.RenderAsync(PageContext, StandaloneView, Document, Document.Language);
                return File(await pdf.RenderAsync(html, ct), "application/pdf", name + ".pdf");
            case null or "":
                break;
            default:
                return NotFound();
        }

        Revisions = await policies.RevisionsAsync(organisation.Id, ct);
        ResumeCode = TempData[ApplyModel.ResumeCodeKey] as string;
        return Page();
    }
}
