using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Areas.Knowledge.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Knowledge;

public sealed class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly Dictionary<string, string?> NoDemo = new() { ["Database:SeedDemoContent"] = "false" };

    private static async Task PublishAsync(TestApp app, string slug, ArticleType type, string language = "ja", DateTime? at = null)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<ArticleEditor>();
        var draft = new ArticleDraft { Slug = slug, Language = language, Type = type, Title = $"{slug} の題 & <記号>", Summary = $"{slug} の概要", Body = "本文" };
        var article = await editor.SaveAsync(null, draft, "test", CancellationToken.None);
        await editor.PublishAsync(article, at, CancellationToken.None);
    }

    [Theory, BothDatabases]
    public async Task AlertFeeds_AreValidRssAndAtom_WithOnlyPublicAlertsOfTheirLanguage(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, NoDemo);
        await PublishAsync(app, "sms-scam", ArticleType.Alert);
        await PublishAsync(app, "later", ArticleType.Alert, at: DateTime.UtcNow.AddDays(1));
        await PublishAsync(app, "english-alert", ArticleType.Alert, "en");
        await PublishAsync(app, "faq", ArticleType.Faq);
        await PublishAsync(app, "december-news", ArticleType.Newsletter);
        var client = app.Client();

        var rssResponse = await client.GetAsync("/feeds/alerts.rss");
        var rss = XDocument.Parse(await rssResponse.Content.ReadAsStringAsync());
        var channel = rss.Root!.Element("channel")!;
        var item = Assert.Single(channel.Elements("item"));

        Assert.Equal("application/rss+xml", rssResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("2.0", rss.Root.Attribute("version")!.Value);
        Assert.All(new[] { "title", "link", "description" }, name => Assert.NotEmpty(channel.Element(name)!.Value));
        Assert.Equal("http://localhost/feeds/alerts.rss", channel.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("sms-scam の題 & <記号>", item.Element("title")!.Value);
        Assert.Equal("http://localhost/articles/sms-scam?lang=ja", item.Element("link")!.Value);
        Assert.Equal(item.Element("link")!.Value, item.Element("guid")!.Value);
        Assert.True(DateTimeOffset.TryParseExact(item.Element("pubDate")!.Value, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));

        var atomResponse = await client.GetAsync("/feeds/alerts.atom?lang=en");
        var atom = XDocument.Parse(await atomResponse.Content.ReadAsStringAsync()).Root!;
        var entry = Assert.Single(atom.Elements(Atom + "entry"));

        Assert.Equal("application/atom+xml", atomResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Atom + "feed", atom.Name);
        Assert.Equal("http://localhost/feeds/alerts.atom?lang=en", atom.Element(Atom + "id")!.Value);
        Assert.NotEmpty(atom.Element(Atom + "title")!.Value);
        Assert.NotEmpty(atom.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.True(DateTimeOffset.TryParse(atom.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        Assert.Equal("http://localhost/articles/english-alert?lang=en", entry.Element(Atom + "id")!.Value);
        Assert.All(new[] { "title", "updated", "published", "summary" }, name => Assert.NotEmpty(entry.Element(Atom + name)!.Value));

        var news = XDocument.Parse(await client.GetStringAsync("/feeds/newsletters.rss"));
        Assert.Equal("december-news の題 & <記号>", Assert.Single(news.Root!.Element("channel")!.Elements("item")).Element("title")!.Value);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/feeds/faq.rss")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/feeds/alerts.json")).StatusCode);
    }

    [Fact]
    public async Task Publishing_ReachesACachedFeedAtOnce()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite, NoDemo);
        var client = app.Client();
        await PublishAsync(app, "first", ArticleType.Alert);
        Assert.Single(XDocument.Parse(await client.GetStringAsync("/feeds/alerts.atom")).Root!.Elements(Atom + "entry"));

        await PublishAsync(app, "second", ArticleType.Alert);

        Assert.Equal(2, XDocument.Parse(await client.GetStringAsync("/feeds/alerts.atom")).Root!.Elements(Atom + "entry").Count());
    }
}
