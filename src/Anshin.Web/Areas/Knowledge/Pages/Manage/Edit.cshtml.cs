using Anshin.Core.Calendar;
using Anshin.Core.Content;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Areas.Knowledge.Services;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Knowledge.Pages.Manage;

/// <summary>
/// Writes an article: Markdown with a preview (rendered exactly as the public page will be), every save a version;
/// supervisors also publish now or at a time (Japan time) and withdraw.
/// </summary>
public sealed class EditModel(AnshinDbContext db, ArticleEditor editor, IAuthorizationService authorization, TimeProvider clock,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ArticleDraft Input { get; set; } = new();

    /// <summary>Japan time, as a <c>datetime-local</c> field sends it.</summary>
    [BindProperty]
    public DateTime? PublishAtLocal { get; set; }

    public Article? Article { get; private set; }

    public string? PreviewHtml { get; private set; }

    public bool CanPublish { get; private set; }

    public DateTime Now { get; private set; }

    public IReadOnlyList<Article> Counterparts { get; private set; } = [];

    public IReadOnlyList<Method> Methods { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Article is not null)
        {
            Input = ArticleDraft.From(Article, await db.Set<ArticleMethod>().Where(m => m.ArticleId == Article.Id).Select(m => m.MethodId).ToListAsync(ct));
        }
        else
        {
            Prefill();
        }

        return await FormAsync(ct);
    }

    public async Task<IActionResult> OnPostPreviewAsync(int? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input.Normalize();
        PreviewHtml = MarkdownHtml.Render(Input.Body);
        return await FormAsync(ct);
    }

    /// <summary>The live preview's request (article-preview.js): the body's HTML exactly as a save would store it.</summary>
    public ContentResult OnPostRender()
    {
        Input.Normalize();
        return Content(Input.Body.Length <= ArticleDraft.MaxBody ? MarkdownHtml.Render(Input.Body) : "", "text/html; charset=utf-8");
    }

    public async Task<IActionResult> OnPostSaveAsync(int? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input.Normalize();
        foreach (var (field, message) in Input.Problems())
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", t[message]);
        }

        if (ModelState.ErrorCount == 0 && await editor.SlugTakenAsync(Input, id, ct))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Slug)}", t["Articles.Error.SlugTaken"]);
        }

        if (ModelState.ErrorCount > 0)
        {
            PreviewHtml = MarkdownHtml.Render(Input.Body);
            return await FormAsync(ct);
        }

        var saved = await editor.SaveAsync(Article, Input, User.Identity?.Name ?? "", ct);
        TempData["Flash"] = t["Articles.Saved", saved.CurrentVersion].Value;
        return Redirect($"/staff/articles/edit/{saved.Id}");
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Article is null)
        {
            return NotFound();
        }

        if (!CanPublish)
        {
            return Forbid();
        }

        DateTime? at = PublishAtLocal is { } local
            ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), BusinessCalendar.Tokyo)
            : null;
        await editor.PublishAsync(Article, at, ct);
        TempData["Flash"] = (Article.IsPublicAt(clock.GetUtcNow().UtcDateTime) ? t["Articles.PublishedNow"] : t["Articles.Scheduled"]).Value;
        return Redirect($"/staff/articles/edit/{id}");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Article is null)
        {
            return NotFound();
        }

        if (!CanPublish)
        {
            return Forbid();
        }

        await editor.WithdrawAsync(Article, ct);
        TempData["Flash"] = t["Articles.WithdrawnNow"].Value;
        return Redirect($"/staff/articles/edit/{id}");
    }

    /// <summary>
    /// A new article may start from what another page proposes (<c>?type=Alert&amp;method=3&amp;title=…&amp;summary=…&amp;body=…</c>,
    /// e.g. the dashboard's "draft an alert"). Nothing is saved until staff save it; the usual checks apply then.
    /// </summary>
    private void Prefill()
    {
        var query = Request.Query;
        if (Enum.TryParse<ArticleType>(query["type"], ignoreCase: true, out var type) && Enum.IsDefined(type))
        {
            Input.Type = type;
        }

        Input.Title = Clip(query["title"], 200);
        Input.Summary = Clip(query["summary"], 500);
        Input.Body = Clip(query["body"], ArticleDraft.MaxBody);
        Input.MethodIds = [.. query["method"].Select(m => int.TryParse(m, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).Take(20)];

        static string Clip(Microsoft.Extensions.Primitives.StringValues value, int max) =>
            value.ToString() is { } text && text.Length > max ? text[..max] : value.ToString();
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        CanPublish = (await authorization.AuthorizeAsync(User, KnowledgePolicies.Publish)).Succeeded;
        if (id is not null)
        {
            Article = await db.Set<Article>().FindAsync([id.Value], ct);
            if (Article is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The choices of the form, read only when the form is shown (not for a save that redirects).</summary>
    private async Task<PageResult> FormAsync(CancellationToken ct)
    {
        Methods = await db.Set<Method>().AsNoTracking().Where(m => m.IsActive)
            .OrderBy(m => m.ParentId ?? m.Id).ThenBy(m => m.ParentId != null).ThenBy(m => m.SortOrder).ToListAsync(ct);
        var current = Article?.Id ?? 0;
        Counterparts = await db.Set<Article>().AsNoTracking().Where(a => a.Id != current)
            .OrderBy(a => a.Title).Select(a => new Article { Id = a.Id, Title = a.Title, Language = a.Language }).ToListAsync(ct);
        return Page();
    }
}
