using Anshin.Web.Areas.Knowledge.MailNews;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.Knowledge.Pages.MailNews;

/// <summary>Unsubscribing from the link at the foot of every digest: a button, then done (mail programs use the one-click POST).</summary>
public sealed class UnsubscribeModel(MailNewsService news) : PageModel
{
    public string? Token { get; private set; }

    public NewsSubscription? Subscription { get; private set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync(string? token, CancellationToken ct)
    {
        Token = token;
        Subscription = await news.FindAsync(token, ct);
        Done = Subscription?.State == SubscriptionState.Unsubscribed;
    }

    public async Task OnPostAsync(string? token, CancellationToken ct)
    {
        Token = token;
        Done = await news.UnsubscribeAsync(token, ct);
    }
}
