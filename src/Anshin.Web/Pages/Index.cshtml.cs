using Anshin.Core.Calendar;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Hosting;
using Anshin.Web.Platform.Settings;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Anshin.Web.Pages;

/// <summary>The public home page: how to get help now, when the desk answers, when it is closed.</summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(DeskCalendar calendar, SiteSettings settings, TimeProvider clock) : PageModel
{
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
    }
}
