using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Knowledge.Pages.Manage;

/// <summary>The articles of the self-help site, newest change first, with their state; filtered by type and language, 50 a page.</summary>
public sealed class IndexModel(AnshinDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public DateTime Now { get; private set; }

    public ArticleType? Type { get; private set; }

    public string? Language { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public bool HasMore { get; private set; }

    public int Total { get; private set; }

    /// <summary>The address of this list with the same filters on another page.</summary>
    public string PageLink(int page) =>
        $"/staff/articles?{(Type is null ? "" : $"type={Type}&")}{(Language is null ? "" : $"lang={Language}&")}p={page}";

    public async Task OnGetAsync(ArticleType? type, string? lang, int? p, CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Type = type is { } t && Enum.IsDefined(t) ? t : null;
        Language = lang is "ja" or "en" ? lang : null;
        PageNumber = Math.Max(1, p ?? 1);
        var query = db.Set<Article>().AsNoTracking();
        if (Type is { } only)
        {
            query = query.Where(a => a.Type == only);
        }

        if (Language is { } language)
        {
            query = query.Where(a => a.Language == language);
        }

        Total = await query.CountAsync(ct);
        // Everything the list shows, not the texts.
        var rows = await query.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new Article
            {
                Id = a.Id,
                Slug = a.Slug,
                Language = a.Language,
                Type = a.Type,
                Title = a.Title,
                State = a.State,
                PublishAt = a.PublishAt,
                UpdatedAt = a.UpdatedAt,
                CurrentVersion = a.CurrentVersion,
            })
            .ToListAsync(ct);
        HasMore = rows.Count > PageSize;
        Articles = rows.Take(PageSize).ToList();
    }
}
