using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Anshin.Web.Platform.Outbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Admin.Pages.Mail;

/// <summary>
/// The mail log: every message the mailgate delivered and what became of it (including bounces that matched nothing
/// and mail that was not acknowledged, with the reason), and outgoing messages that failed or bounced, with resend.
/// </summary>
public sealed class IndexModel(
    AnshinDbContext db,
    OutboxAdministration outbox,
    IOptions<MailOptions> options,
    IStringLocalizer<SharedResource> t) : PageModel
{
    private const int PageSize = 100;

    public IReadOnlyList<InboundMail> Inbound { get; private set; } = [];

    public IReadOnlyList<OutboxMessage> Problems { get; private set; } = [];

    public int PendingCount { get; private set; }

    public bool RelayConfigured => options.Value.Relay.IsConfigured;

    public string RelayText => $"{options.Value.Relay.Host}:{options.Value.Relay.Port} ({options.Value.Relay.Tls})";

    [BindProperty(SupportsGet = true)]
    public InboundOutcome? Outcome { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var inbound = db.Set<InboundMail>().AsNoTracking();
        if (Outcome is { } outcome)
        {
            inbound = inbound.Where(m => m.Outcome == outcome);
        }

        Inbound = await inbound.OrderByDescending(m => m.Id).Take(PageSize).ToListAsync(ct);
        Problems = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.State == OutboxState.Failed || m.State == OutboxState.Bounced)
            .OrderByDescending(m => m.Id).Take(PageSize).ToListAsync(ct);
        PendingCount = await db.Set<OutboxMessage>().CountAsync(m => m.State == OutboxState.Pending, ct);
    }

    public async Task<IActionResult> OnPostResendAsync(long id, CancellationToken ct)
    {
        TempData["Flash"] = await outbox.ResendAsync(id, ct) ? t["Mail.Resent"].Value : t["Mail.Error.NotResendable"].Value;
        return RedirectToPage();
    }
}
