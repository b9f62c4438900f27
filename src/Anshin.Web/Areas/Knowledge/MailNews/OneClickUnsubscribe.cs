namespace Anshin.Web.Areas.Knowledge.MailNews;

/// <summary>
/// <c>POST /mail-news/one-click?token=</c>: the address of every digest's <c>List-Unsubscribe</c> header. Mail
/// programs post <c>List-Unsubscribe=One-Click</c> without cookies or forms (RFC 8058), so the token is the only
/// credential and there is no antiforgery check; a GET only shows the page with the button.
/// </summary>
public static class OneClickUnsubscribe
{
    public static void MapOneClickUnsubscribe(this WebApplication app)
    {
        app.MapPost("/mail-news/one-click", UnsubscribeAsync).DisableAntiforgery().AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/mail-news/one-click", (string? token) => TypedResults.Redirect($"/mail-news/unsubscribe?token={Uri.EscapeDataString(token ?? "")}"))
            .AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> UnsubscribeAsync(string? token, MailNewsService news, CancellationToken ct) =>
        await news.UnsubscribeAsync(token, ct) ? TypedResults.Text("unsubscribed\n") : TypedResults.NotFound();
}
