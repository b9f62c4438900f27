using Anshin.Core.Calendar;
using Anshin.Web.Areas.Desk;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Hosting;
using Anshin.Web.Platform.Settings;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Pages;

/// <summary>
/// How to consult (お問い合わせ・ご相談方法): every channel with its hours and rules, today's closure, what to have ready,
/// what the desk does not handle, and where to go instead (the referral directory the desk also uses).
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ContactModel(DeskCalendar calendar, SiteSettings settings, TimeProvider clock, AnshinDbContext db, IOptions<DeskOptions> options) : PageModel
{
    public DeskProfile Desk { get; private set; } = DeskProfile.From(new Dictionary<string, string>());

    public DeskOptions Limits => options.Value;

    public ClosureReason? ClosedToday { get; private set; }

    public DateOnly ReplyDueDate { get; private set; }

    public IReadOnlyList<OutOfScopeReason> NotHandled { get; private set; } = [];

    public IReadOnlyList<Referral> Referrals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var business = await calendar.GetAsync(ct);
        var now = clock.GetUtcNow();
        var today = BusinessCalendar.ToTokyoDate(now);
        ClosedToday = business.IsBusinessDay(today) ? null : business.WhyClosed(today);
        ReplyDueDate = business.DueDate(now, DeskCalendar.ReplyBusinessDays);
        Desk = await settings.DeskAsync(ct);
        NotHandled = await db.Set<OutOfScopeReason>().AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.SortOrder).ToListAsync(ct);
        Referrals = await db.Set<Referral>().AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.SortOrder).ToListAsync(ct);
    }
}
