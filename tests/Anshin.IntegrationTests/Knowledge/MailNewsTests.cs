using System.Net;
using System.Text;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Knowledge.MailNews;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Areas.Knowledge.Services;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Knowledge;

public sealed class MailNewsTests
{
    private static Dictionary<string, string?> Settings(bool relay = false)
    {
        var settings = relay ? TestPostfix.RelaySettings() : [];
        settings["Database:SeedDemoContent"] = "false";
        settings["MailNews:DigestEnabled"] = "false";
        settings["Hosting:PublicUrl"] = "https://anshin.example.jp";
        return settings;
    }

    private static async Task PublishAlertAsync(TestApp app, string slug, string title, string language = "ja")
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<ArticleEditor>();
        var article = await editor.SaveAsync(null, new ArticleDraft { Slug = slug, Language = language, Type = ArticleType.Alert, Title = title, Summary = "概要", Body = "本文" }, "test", CancellationToken.None);
        await editor.PublishAsync(article, null, CancellationToken.None);
    }

    private static async Task<IReadOnlyList<NewsDigest>> SendDigestAsync(TestApp app)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailNewsService>().SendDigestsAsync("test", CancellationToken.None);
    }

    private static Task<List<OutboxMessage>> OutboxAsync(TestApp app, string kind) =>
        app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Kind == kind).OrderBy(m => m.Id).ToListAsync());

    private static string Token(OutboxMessage confirmation) =>
        confirmation.Body.Split("token=")[1][..64];

    private static async Task<HttpResponseMessage> SubscribeAsync(HttpClient client, string email, string language = "ja") =>
        await client.SubmitAsync("/mail-news", new Dictionary<string, string> { ["Email"] = email, ["Language"] = language });

    [Theory, BothDatabases]
    public async Task DoubleOptIn_OnlyConfirmedAddressesGetTheDigest_OfAlertsSinceTheLastOne(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        var client = app.Client();

        var page = await Forms.ParseAsync(await SubscribeAsync(client, "Ｈａｎａｋｏ@Example.JP"));
        await SubscribeAsync(client, "taro@example.jp");
        Assert.NotNull(page.QuerySelector(".callout.success"));
        var confirmations = await OutboxAsync(app, OutboxKinds.NewsConfirmation);
        Assert.Equal(["hanako@example.jp", "taro@example.jp"], confirmations.Select(m => m.ToAddress));
        Assert.Contains("https://anshin.example.jp/mail-news/confirm?token=", confirmations[0].Body, StringComparison.Ordinal);
        Assert.Null(confirmations[0].ListUnsubscribe);

        // Opening the link only shows the button (a mail scanner must not subscribe anyone); pressing it confirms.
        var link = $"/mail-news/confirm?token={Token(confirmations[0])}";
        var shown = await client.GetPageAsync(link);
        Assert.Equal(SubscriptionState.Pending, await StateAsync(app, "hanako@example.jp"));
        Assert.Contains("hanako@example.jp", shown.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var confirmed = await Forms.ParseAsync(await client.SubmitAsync(link, new Dictionary<string, string> { ["token"] = Token(confirmations[0]) }));
        Assert.NotNull(confirmed.QuerySelector(".callout.success"));
        Assert.Equal(SubscriptionState.Confirmed, await StateAsync(app, "hanako@example.jp"));

        Assert.Empty(await SendDigestAsync(app));
        await PublishAlertAsync(app, "sms-scam", "宅配業者を装うSMSにご注意ください");
        await PublishAlertAsync(app, "english", "Beware of fake delivery texts", "en");
        var digests = await SendDigestAsync(app);
        var ja = Assert.Single(digests, d => d.Language == "ja");
        Assert.Equal((1, 1), (ja.Articles, ja.Recipients));
        var digest = Assert.Single(await OutboxAsync(app, OutboxKinds.NewsDigest), m => m.Language == "ja");
        Assert.Equal("hanako@example.jp", digest.ToAddress);
        Assert.Contains("宅配業者を装うSMSにご注意ください", digest.Body, StringComparison.Ordinal);
        Assert.Contains("https://anshin.example.jp/articles/sms-scam?lang=ja", digest.Body, StringComparison.Ordinal);
        Assert.StartsWith("https://anshin.example.jp/mail-news/one-click?token=", digest.ListUnsubscribe, StringComparison.Ordinal);

        // The next digest carries only what is new since.
        Assert.Empty(await SendDigestAsync(app));
        await PublishAlertAsync(app, "fake-warning", "偽警告の新しい手口");
        Assert.Equal(1, Assert.Single(await SendDigestAsync(app)).Articles);
        Assert.DoesNotContain("宅配業者", (await OutboxAsync(app, OutboxKinds.NewsDigest))[^1].Body, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task OneClickUnsubscribe_WorksWithoutCookiesOrForms_AndStopsTheDigest(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        var client = app.Client();
        await SubscribeAsync(client, "hanako@example.jp");
        var token = Token((await OutboxAsync(app, OutboxKinds.NewsConfirmation))[0]);
        await client.SubmitAsync($"/mail-news/confirm?token={token}", new Dictionary<string, string> { ["token"] = token });

        // A mail program's RFC 8058 request: a bare POST with this one field.
        var oneClick = await app.Factory.CreateClient().PostAsync($"/mail-news/one-click?token={token}",
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal(SubscriptionState.Unsubscribed, await StateAsync(app, "hanako@example.jp"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.CreateClient().PostAsync($"/mail-news/one-click?token={new string('0', 64)}",
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]))).StatusCode);

        await PublishAlertAsync(app, "sms-scam", "宅配業者を装うSMS");
        Assert.Equal(0, Assert.Single(await SendDigestAsync(app)).Recipients);
        Assert.Empty(await OutboxAsync(app, OutboxKinds.NewsDigest));

        // Subscribing again starts a new double opt-in.
        await SubscribeAsync(client, "hanako@example.jp");
        Assert.Equal(SubscriptionState.Pending, await StateAsync(app, "hanako@example.jp"));
        Assert.Equal(2, (await OutboxAsync(app, OutboxKinds.NewsConfirmation)).Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/mail-news/unsubscribe?token={token}")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task BadAddresses_AreRefusedWithAMessage_AndNothingIsStoredOrSent(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings());
        var client = app.Client();

        var empty = await Forms.ParseAsync(await SubscribeAsync(client, ""));
        var invalid = await Forms.ParseAsync(await SubscribeAsync(client, "not an address"));
        var forged = await client.GetPageAsync($"/mail-news/confirm?token={new string('a', 64)}");

        Assert.Contains("入力してください", empty.QuerySelector("[data-valmsg-for='Email']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("形式", invalid.QuerySelector("[data-valmsg-for='Email']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(forged.QuerySelector(".callout.warning"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<NewsSubscription>().CountAsync()));
        Assert.Empty(await OutboxAsync(app, OutboxKinds.NewsConfirmation));
    }

    [Theory, BothDatabases]
    public async Task TheDigest_ReachesARealMailbox_WithTheOneClickUnsubscribeHeaders(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, Settings(relay: true));
        var client = app.Client();
        await SubscribeAsync(client, TestPostfix.Consulter);
        var token = Token((await OutboxAsync(app, OutboxKinds.NewsConfirmation))[0]);
        await client.SubmitAsync($"/mail-news/confirm?token={token}", new Dictionary<string, string> { ["token"] = token });
        await PublishAlertAsync(app, $"alert-{Guid.NewGuid():N}", "偽警告にご注意ください");
        await SendDigestAsync(app);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().SendDueAsync(CancellationToken.None);
        }

        var digest = (await OutboxAsync(app, OutboxKinds.NewsDigest))[0];
        var raw = await TestPostfix.WaitForMessageAsync(digest.MessageIdHeader);

        Assert.Contains($"List-Unsubscribe: <https://anshin.example.jp/mail-news/one-click?token={token}>", raw, StringComparison.Ordinal);
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", raw, StringComparison.Ordinal);
        Assert.Contains("Auto-Submitted: auto-generated", raw, StringComparison.Ordinal);
        var body = raw[(raw.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
        Assert.Contains("偽警告にご注意ください", Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split('\n').Select(l => l.Trim())))), StringComparison.Ordinal);
    }

    private static Task<SubscriptionState> StateAsync(TestApp app, string email) =>
        app.WithDbAsync(db => db.Set<NewsSubscription>().Where(s => s.Email == email).Select(s => s.State).SingleAsync());
}
