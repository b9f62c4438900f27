using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Areas.Knowledge.Services;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Knowledge;

public sealed class SiteSearchTests
{
    private static readonly Dictionary<string, string?> NoDemo = new() { ["Database:SeedDemoContent"] = "false" };

    private static async Task<Article> SaveAsync(TestApp app, string slug, string title, string body, string language = "ja", bool publish = true, DateTime? at = null)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<ArticleEditor>();
        var draft = new ArticleDraft { Slug = slug, Language = language, Type = ArticleType.Faq, Title = title, Summary = "", Body = body };
        var article = await editor.SaveAsync(null, draft, "test", CancellationToken.None);
        if (publish)
        {
            await editor.PublishAsync(article, at, CancellationToken.None);
        }

        return article;
    }

    private static async Task<List<string>> UrlsAsync(TestApp app, string query, string? language = null)
    {
        await PublicPageCache.EvictAsync(app.Factory.Services.GetRequiredService<IOutputCacheStore>());
        var url = $"/api/search?q={Uri.EscapeDataString(query)}" + (language is null ? "" : $"&lang={language}");
        var json = await app.Client().GetFromJsonAsync<JsonElement>(url);
        return [.. json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()!)];
    }

    [Theory, BothDatabases]
    public async Task TwoCharacterWords_WidthAndCaseVariants_FindTheSamePages(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, NoDemo);
        await SaveAsync(app, "support-scam", "サポート詐欺の手口", "偽の警告画面に表示された番号に電話すると、ＡｎｙＤｅｓｋ などを入れるよう言われます。");
        await SaveAsync(app, "sms", "宅配業者を装う SMS", "不在通知を装ったメッセージのリンクを開かないでください。");
        await SaveAsync(app, "english", "Support scams", "A fake warning asks you to call a number.", "en");

        Assert.Equal(["/articles/support-scam?lang=ja"], await UrlsAsync(app, "詐欺"));
        Assert.Equal(["/articles/support-scam?lang=ja"], await UrlsAsync(app, "警告"));
        Assert.Equal(await UrlsAsync(app, "サポート"), await UrlsAsync(app, "ｻﾎﾟｰﾄ"));
        Assert.Equal(["/articles/support-scam?lang=ja"], await UrlsAsync(app, "anydesk"));
        Assert.Equal(["/articles/sms?lang=ja"], await UrlsAsync(app, "ｓｍｓ"));
        Assert.Equal(["/articles/sms?lang=ja"], await UrlsAsync(app, "Sms"));
        Assert.Empty(await UrlsAsync(app, "詐欺 SMS"));
        Assert.Equal(["/articles/english?lang=en"], await UrlsAsync(app, "WARNING", "en"));
    }

    [Theory, BothDatabases]
    public async Task Results_AreRanked_TitleFirst_WithTheMatchesMarkedInTheSnippet(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, NoDemo);
        await SaveAsync(app, "mentions", "パソコンの基本", "設定の話です。ついでにランサムウェアについても触れます。");
        await SaveAsync(app, "about", "ランサムウェアに感染したら", "ファイルが暗号化されたときの対処です。");

        Assert.Equal(["/articles/about?lang=ja", "/articles/mentions?lang=ja"], await UrlsAsync(app, "ランサムウェア"));
        var page = await app.Client().GetPageAsync("/search?q=" + Uri.EscapeDataString("ﾗﾝｻﾑｳｪｱ"));
        var marks = page.QuerySelectorAll(".search-results mark").Select(m => m.TextContent).ToList();
        Assert.Equal(2, page.QuerySelectorAll(".search-results li").Length);
        Assert.Contains("ランサムウェア", marks);
        var json = await app.Client().GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("暗号化"));
        var result = json.GetProperty("results")[0];
        Assert.Contains("<mark>暗号化</mark>", result.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal("article", result.GetProperty("kind").GetString());
    }

    [Theory, BothDatabases]
    public async Task OnlyPublicPagesAreFound_AsTheyArePublishedScheduledAndWithdrawn(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, NoDemo);
        var draft = await SaveAsync(app, "draft", "下書きの詐欺記事", "本文", publish: false);
        await SaveAsync(app, "later", "予約の詐欺記事", "本文", at: DateTime.UtcNow.AddDays(1));
        var live = await SaveAsync(app, "live", "公開の詐欺記事", "本文");
        Assert.Equal(["/articles/live?lang=ja"], await UrlsAsync(app, "詐欺"));

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<ArticleEditor>();
            var db = scope.ServiceProvider.GetRequiredService<Anshin.Web.Platform.Data.AnshinDbContext>();
            await editor.WithdrawAsync((await db.Set<Article>().FindAsync(live.Id))!, CancellationToken.None);
            await editor.PublishAsync((await db.Set<Article>().FindAsync(draft.Id))!, null, CancellationToken.None);
        }

        Assert.Equal(["/articles/draft?lang=ja"], await UrlsAsync(app, "詐欺"));
    }

    [Theory, BothDatabases]
    public async Task TheSeededSite_FindsNavigatorPagesAndArticles_AndEmptyQueriesAreHarmless(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var urls = await UrlsAsync(app, "遠隔操作");
        Assert.Contains(urls, u => u.StartsWith("/navigator/", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.StartsWith("/articles/", StringComparison.Ordinal));
        Assert.Contains(await UrlsAsync(app, "10大脅威"), u => u.StartsWith("/articles/top-threats-", StringComparison.Ordinal));
        Assert.Empty(await UrlsAsync(app, "   "));
        Assert.Empty(await UrlsAsync(app, "\" OR 1=1 -- NEAR(x) *"));
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync("/search?q=" + new string('詐', 5000))).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task AWordFoundEverywhere_RanksItsNewestMatches_TitleFirst(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, NoDemo);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Anshin.Web.Platform.Data.AnshinDbContext>();
            var search = scope.ServiceProvider.GetRequiredService<Anshin.Web.Areas.Knowledge.Search.ISiteSearch>();
            var documents = Enumerable.Range(1, Anshin.Web.Areas.Knowledge.Search.ISiteSearch.RankedWindow + 50).Select(i => new Anshin.Web.Areas.Knowledge.Search.SiteDocument
            {
                Kind = Anshin.Web.Areas.Knowledge.Search.SiteDocumentKind.Article,
                Language = "ja",
                Key = $"doc-{i}",
                Title = i == 340 ? "詐欺の見分け方" : $"記事 {i}",
                Text = "よくある詐欺の話です。",
                PublishAt = DateTime.UtcNow.AddDays(-1).AddMinutes(i),
                Type = 0,
            }).ToList();
            db.AddRange(documents);
            await db.SaveChangesAsync();
            foreach (var document in documents)
            {
                await search.IndexAsync(document, CancellationToken.None);
            }
        }

        var first = await UrlsAsync(app, "詐欺");
        Assert.Equal(20, first.Count);
        Assert.Equal("/articles/doc-340?lang=ja", first[0]);
        Assert.Equal("/articles/doc-350?lang=ja", first[1]);
        var json = await app.Client().GetFromJsonAsync<JsonElement>("/api/search?q=%E8%A9%90%E6%AC%BA&p=15");
        Assert.False(json.GetProperty("hasMore").GetBoolean());
        Assert.Equal(20, json.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task PostgresSiteVectors_OfAPageOfOrdinaryLength_StayInTheRow()
    {
        // A search reads the newest pages' vectors one by one; out of the row (TOAST) each read cost twice as much
        // (migration 0019). A page of 400 different kanji makes a vector of several kB, above the server's 2 kB default.
        await using var app = await TestApp.StartAsync(DatabaseKind.Postgres, NoDemo);
        var body = string.Concat(Enumerable.Range(0, 400).Select(i => (char)(0x4E00 + (i * 7919 % 0x5000))));
        await SaveAsync(app, "long-page", "長いページ", body);

        var (vectorBytes, toastBytes) = await app.WithDbAsync(async db => (
            await db.Database.SqlQuery<int>($"""SELECT max(pg_column_size("Vector")) AS "Value" FROM fts_site""").SingleAsync(),
            await db.Database.SqlQuery<long>($"""
                SELECT pg_relation_size(reltoastrelid) AS "Value" FROM pg_class WHERE relname = 'fts_site'
                """).SingleAsync()));

        Assert.InRange(vectorBytes, 3_000, 8_000);
        Assert.Equal(0, toastBytes);
        Assert.Equal(["/articles/long-page?lang=ja"], await UrlsAsync(app, body[100..104]));
    }
}
