using Anshin.Web.Areas.Knowledge.MailNews;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.Knowledge.Pages.MailNews;

/// <summary>
/// The confirmation link's page. Opening the link only shows a button: mail scanners that open every link must not
/// confirm a subscription the person never asked for; pressing the button does.
/// </summary>
public sealed class ConfirmModel(MailNewsService news) : PageModel
{
    public string? Token { get; private set; }

    public NewsSubscription? Subscription { get; private set; }

    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? token, CancellationToken ct)
    {
        Token = token;
        Subscription = await news.FindAsync(token, ct) is { State: not SubscriptionState.Unsubscribed } s ? s : null;
        Confirmed = Subscription?.State == SubscriptionState.Confirmed;
    }

    public async Task OnPostAsync(string? token, CancellationToken ct)
    {
        Token = token;
        Confirmed = await news.ConfirmAsync(token, ct);
        Subscription = Confirmed ? await news.FindAsync(token, ct) : null;
    }
}
