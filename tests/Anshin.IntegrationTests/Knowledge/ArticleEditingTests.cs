using System.Globalization;
using System.Net;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Knowledge;

public sealed class ArticleEditingTests
{
    private static readonly Dictionary<string, string?> NoDemo = new() { ["Database:SeedDemoContent"] = "false" };

    private static Dictionary<string, string> Fields(string slug, string title, string body, string note = "") => new()
    {
        ["Input.Title"] = title,
        ["Input.Slug"] = slug,
        ["Input.Language"] = "ja",
        ["Input.Type"] = nameof(ArticleType.Alert),
        ["Input.Summary"] = "概要です。",
        ["Input.Body"] = body,
        ["Input.CounterpartId"] = "",
        ["Input.Note"] = note,
    };

    private static async Task<(TestApp App, FixedClock Clock, HttpClient Writer, HttpClient Supervisor)> StartAsync(DatabaseKind kind)
    {
        var clock = new FixedClock(FixedClock.Tokyo(2026, 12, 1, 9));
        var app = await TestApp.StartAsync(kind, NoDemo, s => s.AddSingleton<TimeProvider>(clock));
        await app.Staff().InRole(StaffRoles.Consultant).CreateAsync("writer");
        await app.Staff().InRole(StaffRoles.Supervisor).CreateAsync("editor");
        return (app, clock, await app.SignedInClientAsync("writer"), await app.SignedInClientAsync("editor"));
    }

    private static async Task<int> SaveAsync(HttpClient client, Dictionary<string, string> fields, int? id = null)
    {
        var response = await client.PostHandlerAsync(id is null ? "/staff/articles/edit" : $"/staff/articles/edit/{id}", "Save", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: "
            + string.Join(" / ", (await Forms.ParseAsync(response)).QuerySelectorAll(".field-error, .error-summary").Select(e => e.TextContent.Trim())));
        return int.Parse(response.Location()!.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private static Task<Article> ArticleAsync(TestApp app, int id) =>
        app.WithDbAsync(db => db.Set<Article>().AsNoTracking().SingleAsync(a => a.Id == id));

    [Theory, BothDatabases]
    public async Task Article_StaysHiddenUntilItsPublishTime_AndOnlyASupervisorPublishes(DatabaseKind kind)
    {
        var (app, clock, writer, supervisor) = await StartAsync(kind);
        await using var _ = app;
        var anonymous = app.Client();

        var id = await SaveAsync(writer, Fields("fake-warning", "偽の警告画面", "## 最初の版\n\n電話しないでください。", "初稿"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/articles/fake-warning")).StatusCode);

        var byWriter = await writer.PostHandlerAsync($"/staff/articles/edit/{id}", "Publish", new Dictionary<string, string> { ["PublishAtLocal"] = "" });
        Assert.Contains("/staff/access-denied", byWriter.Location(), StringComparison.Ordinal);
        Assert.Equal(ArticleState.Draft, (await ArticleAsync(app, id)).State);

        var scheduled = await supervisor.PostHandlerAsync($"/staff/articles/edit/{id}", "Publish", new Dictionary<string, string> { ["PublishAtLocal"] = "2026-12-01T10:00" });
        Assert.Equal($"/staff/articles/edit/{id}", scheduled.Location());
        Assert.Equal(new DateTime(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc), (await ArticleAsync(app, id)).PublishAt);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/articles/fake-warning")).StatusCode);
        Assert.DoesNotContain("偽の警告画面", await anonymous.GetStringAsync("/articles"), StringComparison.Ordinal);

        clock.Now = FixedClock.Tokyo(2026, 12, 1, 10);
        // Public pages are cached for up to PublicPageCache.Duration; a scheduled article shows within that time.
        await PublicPageCache.EvictAsync(app.Factory.Services.GetRequiredService<IOutputCacheStore>());
        var page = await anonymous.GetPageAsync("/articles/fake-warning");
        Assert.Equal("偽の警告画面", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("最初の版", page.QuerySelector(".article-body h2")!.TextContent);
        Assert.Contains("/consult?symptom=", page.QuerySelector("a.button")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("偽の警告画面", await anonymous.GetStringAsync("/articles"), StringComparison.Ordinal);

        var withdrawn = await supervisor.PostHandlerAsync($"/staff/articles/edit/{id}", "Withdraw", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/articles/fake-warning")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task EverySave_IsAVersion_ThatCanBeComparedAndRestored(DatabaseKind kind)
    {
        var (app, _, writer, supervisor) = await StartAsync(kind);
        await using var __ = app;
        var id = await SaveAsync(writer, Fields("restore-guide", "復元の手順", "## 手順\n\n電話しないでください。", "初稿"));
        await supervisor.PostHandlerAsync($"/staff/articles/edit/{id}", "Publish", new Dictionary<string, string> { ["PublishAtLocal"] = "" });
        await SaveAsync(writer, Fields("restore-guide", "復元の手順", "## 手順\n\n絶対に電話しないでください。", "表現を強めた"), id);

        var compared = await writer.GetPageAsync($"/staff/articles/{id}/versions?compare=1");
        Assert.Equal(2, compared.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("絶対に電話しないでください。", compared.QuerySelector(".diff-added")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("電話しないでください。", compared.QuerySelector(".diff-removed")!.TextContent, StringComparison.Ordinal);

        var restored = await writer.PostHandlerAsync($"/staff/articles/{id}/versions", "Restore", new Dictionary<string, string> { ["number"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);

        var article = await ArticleAsync(app, id);
        Assert.Equal(3, article.CurrentVersion);
        Assert.Equal("## 手順\n\n電話しないでください。", article.BodyMarkdown);
        Assert.DoesNotContain("絶対に", (await app.Client().GetPageAsync("/articles/restore-guide")).QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        var notes = await app.WithDbAsync(db => db.Set<ArticleVersion>().Where(v => v.ArticleId == id).OrderBy(v => v.Number).Select(v => v.Note).ToListAsync());
        Assert.Equal(["初稿", "表現を強めた", "restore v1"], notes);
    }

    [Theory, BothDatabases]
    public async Task ScriptInTheMarkdown_NeverReachesThePublicPage(DatabaseKind kind)
    {
        var (app, _, writer, supervisor) = await StartAsync(kind);
        await using var __ = app;
        var id = await SaveAsync(writer, Fields("xss", "テスト", "<script>alert(1)</script>\n\n[押す](javascript:alert(2)) <img src=x onerror=alert(3)>\n\n![図](data:image/png;base64,AAAA)"));
        await supervisor.PostHandlerAsync($"/staff/articles/edit/{id}", "Publish", new Dictionary<string, string> { ["PublishAtLocal"] = "" });

        var body = (await app.Client().GetPageAsync("/articles/xss")).QuerySelector(".article-body")!;

        Assert.Empty(body.QuerySelectorAll("script, img, [onerror]"));
        Assert.DoesNotContain(body.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<script>alert(1)</script>", body.TextContent, StringComparison.Ordinal); // shown as text
    }

    [Theory, BothDatabases]
    public async Task LivePreview_ReturnsTheSanitisedHtmlASaveWouldStore_ToWritersOnly(DatabaseKind kind)
    {
        var (app, _, writer, _) = await StartAsync(kind);
        await using var __ = app;

        var preview = await writer.PostHandlerAsync("/staff/articles/edit", "Render",
            new Dictionary<string, string> { ["Input.Body"] = "# 見出し\n\n<script>alert(1)</script> [押す](javascript:alert(2))" });
        var html = await preview.Content.ReadAsStringAsync();
        var anonymous = await app.Client().PostAsync("/staff/articles/edit?handler=Render", new FormUrlEncodedContent([new("Input.Body", "x")]));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.StartsWith("<h2 id=\"見出し\">見出し</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Article>().CountAsync()));
    }

    [Theory, BothDatabases]
    public async Task InvalidDraft_IsRefusedFieldByField_AndNothingIsSaved(DatabaseKind kind)
    {
        var (app, _, writer, _) = await StartAsync(kind);
        await using var __ = app;
        await SaveAsync(writer, Fields("taken", "先にある記事", "本文"));

        var refused = await writer.PostHandlerAsync("/staff/articles/edit", "Save", Fields("Bad Slug!", "", "![](/media/a.png)"));
        var page = await Forms.ParseAsync(refused);
        var again = await writer.PostHandlerAsync("/staff/articles/edit", "Save", Fields("taken", "二つ目", "本文"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for='Input.Slug']")!.TextContent);
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for='Input.Title']")!.TextContent);
        Assert.Contains("代替テキスト", page.QuerySelector("[data-valmsg-for='Input.Body']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("別の記事", (await Forms.ParseAsync(again)).QuerySelector("[data-valmsg-for='Input.Slug']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Article>().CountAsync()));
    }

    [Theory, BothDatabases]
    public async Task TheEditor_IsClosedToAnonymousVisitorsAndAnalysts(DatabaseKind kind)
    {
        var (app, _, _, _) = await StartAsync(kind);
        await using var __ = app;
        await app.Staff().InRole(StaffRoles.Analyst).CreateAsync("reader");
        var analyst = await app.SignedInClientAsync("reader");

        Assert.Contains("/staff/signin", (await app.Client().GetAsync("/staff/articles")).Location(), StringComparison.Ordinal);
        Assert.Contains("/staff/signin", (await app.Client().GetAsync("/staff/articles/edit")).Location(), StringComparison.Ordinal);
        Assert.Contains("/staff/access-denied", (await analyst.GetAsync("/staff/articles/edit")).Location(), StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task ArticlesTaggedWithTheDesksMethods_ListEachOtherAsRelated_AndFilterByMethod(DatabaseKind kind)
    {
        var (app, _, writer, supervisor) = await StartAsync(kind);
        await using var __ = app;
        var methods = await app.WithDbAsync(db => db.Set<Anshin.Web.Areas.Desk.Model.Method>()
            .Where(m => m.Code == "fake-warning" || m.Code == "one-click").ToDictionaryAsync(m => m.Code, m => m.Id));
        async Task<int> WriteAsync(string slug, params string[] codes)
        {
            var fields = Fields(slug, $"{slug} の記事", "本文");
            var id = await SaveAsync(writer, fields);
            var form = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
                .Concat(codes.Select(c => new KeyValuePair<string, string>("Input.MethodIds", methods[c].ToString(CultureInfo.InvariantCulture))));
            var page = await writer.GetPageAsync($"/staff/articles/edit/{id}");
            var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var saved = await writer.PostAsync($"/staff/articles/edit/{id}?handler=Save",
                new FormUrlEncodedContent(form.Append(new("__RequestVerificationToken", token))));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            await supervisor.PostHandlerAsync($"/staff/articles/edit/{id}", "Publish", new Dictionary<string, string> { ["PublishAtLocal"] = "" });
            return id;
        }

        var warning = await WriteAsync("warning", "fake-warning");
        await WriteAsync("warning-and-billing", "fake-warning", "one-click");
        await WriteAsync("billing", "one-click");
        await WriteAsync("untagged");

        var editor = await writer.GetPageAsync($"/staff/articles/edit/{warning}");
        var page = await app.Client().GetPageAsync("/articles/warning");
        var byMethod = await app.Client().GetPageAsync("/articles?method=one-click");

        Assert.Equal([methods["fake-warning"].ToString(CultureInfo.InvariantCulture)],
            editor.QuerySelectorAll("input[name='Input.MethodIds']:checked").Select(i => i.GetAttribute("value")));
        Assert.Equal(["/articles?method=fake-warning"], page.QuerySelectorAll(".tags a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/articles/warning-and-billing?lang=ja"], page.QuerySelectorAll("nav[aria-labelledby=related-heading] a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/articles/billing", "/articles/warning-and-billing"],
            byMethod.QuerySelectorAll(".article-list h2 a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DemoArticles_ArePublic_AndTheJapaneseAlertLinksItsEnglishVersion()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Sqlite);
        var client = app.Client();

        var list = await client.GetPageAsync("/articles");
        var alert = await client.GetPageAsync("/articles/fake-virus-warning");
        var english = await client.GetPageAsync("/articles/fake-virus-warning?lang=en");

        Assert.Contains(list.QuerySelectorAll(".article-list a"), a => a.GetAttribute("href") == "/articles/windows-system-restore");
        Assert.Equal("ja", alert.QuerySelector("article")!.GetAttribute("lang"));
        Assert.Equal("/articles/fake-virus-warning?lang=en", alert.QuerySelector("article a[hreflang=en]")!.GetAttribute("href"));
        Assert.Equal("en", english.QuerySelector("article")!.GetAttribute("lang"));
        Assert.Equal("/articles/fake-virus-warning?lang=ja", english.QuerySelector("article a[hreflang=ja]")!.GetAttribute("href"));
    }

    [Theory, BothDatabases]
    public async Task TheStaffList_IsPaged_AndFilteredByTypeAndLanguage(DatabaseKind kind)
    {
        var (app, _, writer, _) = await StartAsync(kind);
        await using var __ = app;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<Anshin.Web.Areas.Knowledge.Services.ArticleEditor>();
            for (var i = 0; i < 53; i++)
            {
                var draft = new Anshin.Web.Areas.Knowledge.Services.ArticleDraft
                {
                    Slug = $"a{i}",
                    Language = i < 50 ? "ja" : "en",
                    Type = i % 2 == 0 ? ArticleType.Faq : ArticleType.Guide,
                    Title = $"記事 {i}",
                    Summary = "",
                    Body = "本文",
                };
                await editor.SaveAsync(null, draft, "test", CancellationToken.None);
            }
        }

        var first = await writer.GetPageAsync("/staff/articles");
        var second = await writer.GetPageAsync(first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        var english = await writer.GetPageAsync("/staff/articles?lang=en&type=Faq");

        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(3, second.QuerySelectorAll("tbody tr").Length);
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.Equal(["記事 52", "記事 50"], english.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()));
    }
}
