using System.Globalization;
using Anshin.Core.Calendar;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Areas.Knowledge.Navigator;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Hosting;
using Anshin.Web.Platform.Settings;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Pages;

/// <summary>
/// The public home page: the navigator's symptoms first (the quickest way to help), a search box, what to do right now,
/// the latest alerts, how to reach the desk today (with a notice when today is a closed day) and the coming closures.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(DeskCalendar calendar, SiteSettings settings, TimeProvider clock, NavigatorReader navigator, AnshinDbContext db) : PageModel
{
    public const int LatestAlerts = 3;

    public RenderedNavigator? Navigator { get; private set; }

    public IReadOnlyList<Article> Alerts { get; private set; } = [];

    /// <summary>Why the desk is closed today, or null on a business day.</summary>
    public ClosureReason? ClosedToday { get; private set; }

    public DateOnly Today { get; private set; }

    public DateOnly ReplyDueDate { get; private set; }

    public bool PhoneOpenNow { get; private set; }

    public DeskProfile Desk { get; private set; } = DeskProfile.From(new Dictionary<string, string>());

    public IReadOnlyList<(DateOnly Date, ClosureReason Reason)> UpcomingClosures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var business = await calendar.GetAsync(ct);
        var now = clock.GetUtcNow();
        Today = BusinessCalendar.ToTokyoDate(now);
        ReplyDueDate = business.DueDate(now, DeskCalendar.ReplyBusinessDays);
        Desk = await settings.DeskAsync(ct);
        var timeInTokyo = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, BusinessCalendar.Tokyo).DateTime);
        PhoneOpenNow = business.IsBusinessDay(Today) && Desk.PhoneHours.Any(h => h.From <= timeInTokyo && timeInTokyo < h.To);
        UpcomingClosures = business.ClosedDays(Today, Today.AddDays(60)).Take(5).ToList();
        ClosedToday = business.IsBusinessDay(Today) ? null : business.WhyClosed(Today);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ja";
        Navigator = await navigator.PublishedAsync(language, ct);
        var utcNow = now.UtcDateTime;
        Alerts = await db.Set<Article>().AsNoTracking()
            .Where(a => a.Type == ArticleType.Alert && a.Language == language && a.State == ArticleState.Published && a.PublishAt <= utcNow)
            .OrderByDescending(a => a.PublishAt).Take(LatestAlerts)
            .Select(a => new Article { Slug = a.Slug, Language = a.Language, Title = a.Title, Summary = a.Summary, PublishAt = a.PublishAt })
            .ToListAsync(ct);
    }
}
