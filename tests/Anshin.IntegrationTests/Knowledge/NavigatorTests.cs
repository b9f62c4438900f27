using System.Net;
using AngleSharp.Html.Dom;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Knowledge.Navigator;
using Anshin.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;

namespace Anshin.IntegrationTests.Knowledge;

public sealed class NavigatorTests
{
    private static readonly Dictionary<string, string?> NoDemo = new() { ["Database:SeedDemoContent"] = "false" };

    private static async Task<(TestApp App, HttpClient Writer, HttpClient Supervisor)> StartAsync(DatabaseKind kind)
    {
        var app = await TestApp.StartAsync(kind, NoDemo);
        await app.Staff().InRole(StaffRoles.Consultant).CreateAsync("writer");
        await app.Staff().InRole(StaffRoles.Supervisor).CreateAsync("editor");
        return (app, await app.SignedInClientAsync("writer"), await app.SignedInClientAsync("editor"));
    }

    /// <summary>Opens the node form at <paramref name="pageUrl"/> and posts it with its own hidden fields and <paramref name="fields"/>.</summary>
    private static async Task<HttpResponseMessage> PostNodeFormAsync(HttpClient client, string pageUrl, string handler, Dictionary<string, string> fields,
        string formSelector = "form.article-editor")
    {
        var page = await client.GetPageAsync(pageUrl);
        return await PostFormAsync(client, page, formSelector, handler, fields);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, IHtmlDocument page, string formSelector, string handler, Dictionary<string, string> fields)
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"no {formSelector}");
        var all = form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") is not null)
            .GroupBy(i => i.GetAttribute("name")!).ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? "");
        foreach (var (key, value) in fields)
        {
            all[key] = value;
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : "/staff/navigator/node";
        var path = action.Split('?')[0];
        var query = action.Contains('?', StringComparison.Ordinal) ? action.Split('?')[1] + "&" : "";
        return await client.PostAsync($"{path}?{query}handler={handler}", new FormUrlEncodedContent(all));
    }

    private static Dictionary<string, string> Node(string key, string title, string body = "", string question = "", string choice = "") => new()
    {
        ["Input.Key"] = key,
        ["Input.Title"] = title,
        ["Input.Summary"] = "",
        ["Input.Choice"] = choice,
        ["Input.Question"] = question,
        ["Input.Body"] = body,
        ["Input.Note"] = "",
    };

    private static async Task SaveNodeAsync(HttpClient writer, string pageUrl, Dictionary<string, string> fields)
    {
        var response = await PostNodeFormAsync(writer, pageUrl, "Save", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: "
            + string.Join(" / ", (await Forms.ParseAsync(response)).QuerySelectorAll(".field-error, .error-summary").Select(e => e.TextContent.Trim())));
    }

    private static async Task BuildSmallTreeAsync(HttpClient writer)
    {
        await SaveNodeAsync(writer, "/staff/navigator/node?lang=ja", Node("warning", "警告が出た", "## まず\n\n落ち着いてください。", "電話しましたか？"));
        await SaveNodeAsync(writer, "/staff/navigator/node?lang=ja&parent=warning", Node("warning-called", "電話した場合", "## 対処\n\n遠隔操作ソフトを削除します。", choice: "はい、電話した"));
        await SaveNodeAsync(writer, "/staff/navigator/node?lang=ja&parent=warning", Node("warning-not-called", "電話していない場合", "## 対処\n\nブラウザーを閉じます。", choice: "いいえ"));
    }

    private static Task<NavigatorState?> StateAsync(TestApp app, string language = "ja") =>
        app.WithDbAsync(db => db.Set<NavigatorState>().AsNoTracking().SingleOrDefaultAsync(s => s.Language == language));

    [Theory, BothDatabases]
    public async Task TheSeededFakeWarningPath_LeadsWithoutScriptToTheConsultationFormWithSymptomAndPath(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind);
        var client = app.Client();

        var start = await client.GetPageAsync("/navigator");
        var symptom = start.QuerySelector("a[href^='/navigator/fake-warning?']")!;
        var question = await client.GetPageAsync(symptom.GetAttribute("href")!);
        var called = question.QuerySelectorAll("a.choice").Single(a => a.GetAttribute("href")!.StartsWith("/navigator/fake-warning-called?", StringComparison.Ordinal));
        var second = await client.GetPageAsync(called.GetAttribute("href")!);
        var installed = second.QuerySelectorAll("a.choice").Single(a => a.GetAttribute("href")!.StartsWith("/navigator/fake-warning-remote-installed?", StringComparison.Ordinal));
        var guidance = await client.GetPageAsync(installed.GetAttribute("href")!);

        Assert.Empty(guidance.QuerySelectorAll("a.choice"));
        Assert.Contains("AnyDesk", guidance.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["fake-warning", "fake-warning-called"], guidance.QuerySelectorAll(".breadcrumbs li a").Skip(1).Select(a => a.GetAttribute("href")!.Split('?')[0].Split('/')[^1]));
        var consult = guidance.QuerySelector("a.button[href^='/consult?']")!;
        Assert.Equal("解決しない場合は相談する", consult.TextContent.Trim());

        var form = await client.GetPageAsync(consult.GetAttribute("href")!);
        var symptomField = form.QuerySelector("input[name='Input.Symptom']")!.GetAttribute("value")!;
        var pathField = form.QuerySelector("input[name='Input.NavigatorPath']")!.GetAttribute("value")!;
        Assert.Equal(symptom.TextContent.Trim(), symptomField);
        Assert.StartsWith(symptomField + " › " + called.TextContent.Trim() + " › " + installed.TextContent.Trim(), pathField, StringComparison.Ordinal);

        var english = await client.GetPageAsync("/navigator/fake-warning-remote-installed?lang=en");
        Assert.Equal("en", english.QuerySelector("article")!.GetAttribute("lang"));
        Assert.Contains("/consult?", english.QuerySelector("a.button")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/navigator/no-such-page")).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task Changes_AreVersions_SeenInPreview_AndPublicOnlyOnceASupervisorPublishes(DatabaseKind kind)
    {
        var (app, writer, supervisor) = await StartAsync(kind);
        await using var _ = app;
        var anonymous = app.Client();
        await BuildSmallTreeAsync(writer);

        Assert.Equal(3, (await StateAsync(app))!.CurrentVersion);
        Assert.Null((await StateAsync(app))!.PublishedVersion);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/navigator/warning")).StatusCode);
        var preview = await writer.GetPageAsync("/staff/navigator/preview/warning?lang=ja");
        Assert.Equal(["はい、電話した", "いいえ"], preview.QuerySelectorAll("a.choice").Select(a => a.TextContent.Trim()));
        Assert.All(preview.QuerySelectorAll("a.choice"), a => Assert.StartsWith("/staff/navigator/preview/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Null((await writer.GetPageAsync("/staff/navigator?lang=ja")).QuerySelector("form[action*='handler=Publish']"));

        var byWriter = await writer.PostHandlerAsync("/staff/navigator?lang=ja", "Publish", new Dictionary<string, string>());
        Assert.Contains("/staff/access-denied", byWriter.Location(), StringComparison.Ordinal);

        var outline = await supervisor.GetPageAsync("/staff/navigator?lang=ja");
        var published = await PostFormAsync(supervisor, outline, "form[action*='handler=Publish']", "Publish", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(3, (await StateAsync(app))!.PublishedVersion);
        var page = await anonymous.GetPageAsync("/navigator/warning");
        Assert.Equal("電話しましたか？", page.QuerySelector("#node-question")!.TextContent);
        Assert.Contains("警告が出た", (await anonymous.GetPageAsync("/navigator")).QuerySelector(".symptom-list")!.TextContent, StringComparison.Ordinal);

        // A later change stays out of sight until it is published too.
        await SaveNodeAsync(writer, "/staff/navigator/node?lang=ja&key=warning-not-called", Node("warning-not-called", "電話していない場合", "## 対処\n\nブラウザーを閉じて再起動します。", choice: "いいえ、していない"));
        Assert.Contains("いいえ", (await anonymous.GetPageAsync("/navigator/warning")).QuerySelectorAll("a.choice")[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("していない", (await anonymous.GetPageAsync("/navigator/warning")).QuerySelectorAll("a.choice")[1].TextContent, StringComparison.Ordinal);
        Assert.Single(await app.AuditAsync("navigator.publish"));
        Assert.Equal(4, (await app.AuditAsync("navigator.save")).Count);
    }

    [Theory, BothDatabases]
    public async Task ATreeWithProblems_IsNotPublished_AndSaysWhy(DatabaseKind kind)
    {
        var (app, writer, supervisor) = await StartAsync(kind);
        await using var _ = app;
        await SaveNodeAsync(writer, "/staff/navigator/node?lang=ja", Node("warning", "警告が出た", "説明", "電話しましたか？"));
        await SaveNodeAsync(writer, "/staff/navigator/node?lang=ja&parent=warning", Node("only-answer", "一つだけ", "本文", choice: "はい"));

        var outline = await supervisor.GetPageAsync("/staff/navigator?lang=ja");
        var refused = await PostFormAsync(supervisor, outline, "form[action*='handler=Publish']", "Publish", []);
        var page = await Forms.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("選択肢が一つだけ", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await StateAsync(app))!.PublishedVersion);
    }

    [Theory, BothDatabases]
    public async Task BadInput_IsRefusedFieldByField_AndAStaleFormDoesNotOverwriteANewerVersion(DatabaseKind kind)
    {
        var (app, writer, _) = await StartAsync(kind);
        await using var _ = app;
        await BuildSmallTreeAsync(writer);

        var bad = await PostNodeFormAsync(writer, "/staff/navigator/node?lang=ja&parent=warning", "Save", Node("Bad Key!", "", choice: ""));
        var page = await Forms.ParseAsync(bad);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for='Input.Key']")!.TextContent);
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for='Input.Title']")!.TextContent);
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for='Input.Choice']")!.TextContent);
        var taken = await PostNodeFormAsync(writer, "/staff/navigator/node?lang=ja&parent=warning", "Save", Node("warning-called", "重複", "本文", choice: "別の答え"));
        Assert.Contains("別のページ", (await Forms.ParseAsync(taken)).QuerySelector("[data-valmsg-for='Input.Key']")!.TextContent, StringComparison.Ordinal);

        // Two writers open the same page; the second save is refused, not merged over the first.
        var first = await writer.GetPageAsync("/staff/navigator/node?lang=ja&key=warning-called");
        var second = await writer.GetPageAsync("/staff/navigator/node?lang=ja&key=warning-called");
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(writer, first, "form.article-editor", "Save", Node("warning-called", "一人目の見出し", "本文", choice: "はい"))).StatusCode);
        var stale = await PostFormAsync(writer, second, "form.article-editor", "Save", Node("warning-called", "二人目の見出し", "本文", choice: "はい"));
        Assert.Contains("他の人が先に", (await Forms.ParseAsync(stale)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var (_, tree) = await DraftAsync(app);
        Assert.Equal("一人目の見出し", tree.Find("warning-called")!.Value.Node.Title);
        Assert.Equal(4, (await StateAsync(app))!.CurrentVersion);
    }

    [Theory, BothDatabases]
    public async Task Reordering_Deleting_ComparingAndRestoring_AreEachAVersion(DatabaseKind kind)
    {
        var (app, writer, _) = await StartAsync(kind);
        await using var _ = app;
        await BuildSmallTreeAsync(writer);

        var outline = await writer.GetPageAsync("/staff/navigator?lang=ja");
        var moveUp = outline.QuerySelectorAll("form[action*='handler=Move']")
            .First(f => f.QuerySelector("input[name=key]")!.GetAttribute("value") == "warning-not-called" && f.QuerySelector("input[name=by]")!.GetAttribute("value") == "-1");
        var moved = await writer.PostAsync(moveUp.GetAttribute("action")!, new FormUrlEncodedContent(moveUp.QuerySelectorAll("input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "")));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(["warning-not-called", "warning-called"], (await DraftAsync(app)).Tree.Roots[0].Children.Select(c => c.Key));

        var node = await writer.GetPageAsync("/staff/navigator/node?lang=ja&key=warning-called");
        var unconfirmed = await PostFormAsync(writer, node, "form[action*='handler=Delete']", "Delete", []);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.NotNull((await DraftAsync(app)).Tree.Find("warning-called"));
        var deleted = await PostFormAsync(writer, node, "form[action*='handler=Delete']", "Delete", new() { ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null((await DraftAsync(app)).Tree.Find("warning-called"));
        Assert.Equal(5, (await StateAsync(app))!.CurrentVersion);

        var compared = await writer.GetPageAsync("/staff/navigator/versions?lang=ja&compare=4");
        Assert.Contains(compared.QuerySelectorAll(".diff-removed"), l => l.TextContent.Contains("電話した場合", StringComparison.Ordinal));
        var versions = await writer.GetPageAsync("/staff/navigator/versions?lang=ja");
        var restore = versions.QuerySelectorAll("form[action*='handler=Restore']").First(f => f.QuerySelector("input[name=number]")!.GetAttribute("value") == "4");
        var restored = await writer.PostAsync(restore.GetAttribute("action")!, new FormUrlEncodedContent(restore.QuerySelectorAll("input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "")));
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.NotNull((await DraftAsync(app)).Tree.Find("warning-called"));
        Assert.Equal(6, (await StateAsync(app))!.CurrentVersion);
        var notes = await app.WithDbAsync(db => db.Set<NavigatorVersion>().Where(v => v.Language == "ja").OrderBy(v => v.Number).Select(v => v.Note).ToListAsync());
        Assert.Equal("restore v4", notes[^1]);
    }

    [Theory, BothDatabases]
    public async Task ScriptInANavigatorPage_NeverReachesThePublic_AndTheEditorIsClosedToVisitors(DatabaseKind kind)
    {
        var (app, writer, supervisor) = await StartAsync(kind);
        await using var _ = app;
        await SaveNodeAsync(writer, "/staff/navigator/node?lang=ja", Node("warning", "警告", "<script>alert(1)</script>\n\n[押す](javascript:alert(2)) <img src=x onerror=alert(3)>", "どうしましたか？"));
        await SaveNodeAsync(writer, "/staff/navigator/node?lang=ja&parent=warning", Node("a", "A", "本文 A", choice: "A"));
        await SaveNodeAsync(writer, "/staff/navigator/node?lang=ja&parent=warning", Node("b", "B", "本文 B", choice: "B"));
        await PostFormAsync(supervisor, await supervisor.GetPageAsync("/staff/navigator?lang=ja"), "form[action*='handler=Publish']", "Publish", []);

        var body = (await app.Client().GetPageAsync("/navigator/warning")).QuerySelector(".article-body")!;
        Assert.Empty(body.QuerySelectorAll("script, img, [onerror]"));
        Assert.DoesNotContain(body.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("/staff/signin", (await app.Client().GetAsync("/staff/navigator")).Location(), StringComparison.Ordinal);
        Assert.Contains("/staff/signin", (await app.Client().GetAsync("/staff/navigator/preview/warning")).Location(), StringComparison.Ordinal);
    }

    private static async Task<(NavigatorState State, NavigatorTree Tree)> DraftAsync(TestApp app)
    {
        var state = (await StateAsync(app))!;
        var json = await app.WithDbAsync(db => db.Set<NavigatorVersion>().Where(v => v.Language == "ja" && v.Number == state.CurrentVersion).Select(v => v.Document).SingleAsync());
        return (state, NavigatorTree.Parse(json));
    }
}
