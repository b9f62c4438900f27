using Anshin.Web.Areas.Knowledge.MailNews;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Knowledge.Pages.Manage;

/// <summary>The mail news for staff: how many subscribe, which alerts the next digest carries, the digests sent; supervisors send one now.</summary>
public sealed class MailNewsModel(AnshinDbContext db, MailNewsService news, IAuthorizationService authorization, IOptions<MailNewsOptions> options,
    IStringLocalizer<SharedResource> t) : PageModel
{
    private Dictionary<(string, SubscriptionState), int> counts = [];

    public MailNewsOptions Options => options.Value;

    public bool CanSend { get; private set; }

    public Dictionary<string, IReadOnlyList<Article>> Waiting { get; } = [];

    public IReadOnlyList<NewsDigest> Digests { get; private set; } = [];

    public int Count(string language, SubscriptionState state) => counts.GetValueOrDefault((language, state));

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanSend = (await authorization.AuthorizeAsync(User, KnowledgePolicies.Publish)).Succeeded;
        counts = (await db.Set<NewsSubscription>().GroupBy(s => new { s.Language, s.State }).Select(g => new { g.Key.Language, g.Key.State, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => (g.Language, g.State), g => g.Count);
        foreach (var language in new[] { "ja", "en" })
        {
            Waiting[language] = await news.WaitingAlertsAsync(language, ct);
        }

        Digests = await db.Set<NewsDigest>().AsNoTracking().Where(d => d.Language != "").OrderByDescending(d => d.SentAt).Take(20).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, KnowledgePolicies.Publish)).Succeeded)
        {
            return Forbid();
        }

        var sent = await news.SendDigestsAsync(User.Identity?.Name ?? "", ct);
        TempData["Flash"] = sent.Count == 0 ? t["MailNews.Manage.NothingNew"].Value : t["MailNews.Manage.Sent", sent.Sum(d => d.Recipients)].Value;
        return Redirect("/staff/mail-news");
    }
}
