using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Hosting;
using Anshin.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Knowledge.Feeds;

/// <summary>
/// <c>GET /feeds/alerts.rss</c>, <c>/feeds/alerts.atom</c>, <c>/feeds/newsletters.rss</c> and
/// <c>/feeds/newsletters.atom</c>, each with <c>?lang=en</c> for the English articles: the 20 newest published
/// alerts (注意喚起) or newsletters (窓口だより). Served from the public output cache, which publishing clears.
/// </summary>
public static class FeedApi
{
    private const int Items = 20;

    public static void MapFeeds(this WebApplication app) =>
        app.MapGet("/feeds/{kind}.{format}", GetAsync).CacheOutput(PublicPageCache.Policy).AllowAnonymous();

    private static async Task<IResult> GetAsync(string kind, string format, string? lang, HttpContext http, AnshinDbContext db,
        TimeProvider clock, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        ArticleType? type = kind switch { "alerts" => ArticleType.Alert, "newsletters" => ArticleType.Newsletter, _ => null };
        if (type is null || format is not ("rss" or "atom"))
        {
            return TypedResults.NotFound();
        }

        var language = lang is "en" ? "en" : "ja";
        var now = clock.GetUtcNow().UtcDateTime;
        var articles = await db.Set<Article>().AsNoTracking()
            .Where(a => a.Type == type && a.Language == language && a.State == ArticleState.Published && a.PublishAt <= now)
            .OrderByDescending(a => a.PublishAt).ThenByDescending(a => a.Id).Take(Items).ToListAsync(ct);

        using var _ = new UiCulture(language);
        var site = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var query = language == "en" ? "?lang=en" : "";
        var info = new FeedInfo(
            $"{t["Site.Name"]} — {t[type == ArticleType.Alert ? "Feeds.Alerts" : "Feeds.Newsletters"]}",
            t[type == ArticleType.Alert ? "Feeds.AlertsDescription" : "Feeds.NewslettersDescription"],
            language,
            site,
            $"{site}/feeds/{kind}.{format}{query}",
            $"{site}/articles?type={type}");
        return format == "rss"
            ? TypedResults.Text(FeedWriter.Rss(info, articles), "application/rss+xml; charset=utf-8")
            : TypedResults.Text(FeedWriter.Atom(info, articles, now), "application/atom+xml; charset=utf-8");
    }
}
