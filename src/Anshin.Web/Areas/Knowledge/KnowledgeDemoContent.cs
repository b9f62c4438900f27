using System.Text.Json;
using System.Text.Json.Serialization;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Areas.Knowledge.Services;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Knowledge;

/// <summary>
/// Published articles so the public site has something to read: a fake-warning alert in Japanese and English, the
/// system-restore guide, and Seed/articles.json (the 10大脅威 lists of 2022–2025, guides, basics, alerts, a newsletter,
/// a case example and a method review, each in both languages and linked to each other).
/// </summary>
public sealed class KnowledgeDemoContent(ArticleEditor editor) : IDemoContent
{
    public int Order => 200;

    public async Task SeedAsync(AnshinDbContext db, CancellationToken ct)
    {
        var fakeWarning = await db.Set<Method>().Where(m => m.Code.StartsWith("fake-warning")).Select(m => m.Id).ToListAsync(ct);
        var alertJa = await PublishAsync(new ArticleDraft
        {
            Slug = "fake-virus-warning",
            Language = "ja",
            Type = ArticleType.Alert,
            MethodIds = fakeWarning,
            Title = "「ウイルスに感染しました」という画面と電話番号が出たら",
            Summary = "大きな警告音とともに電話番号が表示されても、それはウェブページの表示です。電話をかけず、ブラウザーを閉じてください。",
            Body = """
                ## まず落ち着いてください

                ウェブサイトを見ている最中に、警告音や音声とともに「ウイルスに感染しました」「サポートに電話してください」と表示されることがあります。
                これは閲覧中のページが出している**偽の警告**で、パソコンが本当に感染したことを示すものではありません。

                ## すぐにすること

                1. 表示されている番号には**電話しない**でください。
                2. ブラウザーを閉じます。閉じられないときは、キーボードの `Esc` キーを長押しして全画面表示を解除するか、パソコンを再起動してください。
                3. ブラウザーを開き直したときに同じページが出る場合は、前回のページを復元せずに起動してください。

                ## もう電話してしまった場合

                - 相手の指示で遠隔操作ソフトを入れた場合は、そのソフトを削除してください。接続が切れていれば、相手は改めて許可を得ない限り操作できません。
                - 電子マネーのカード番号やクレジットカード番号を伝えた場合は、発行元やカード会社にすぐ連絡してください。

                それでも不安なときは、下のボタンから窓口にご相談ください。
                """,
        }, ct);
        var alertEn = await PublishAsync(new ArticleDraft
        {
            Slug = "fake-virus-warning",
            Language = "en",
            Type = ArticleType.Alert,
            MethodIds = fakeWarning,
            Title = "A screen says your PC is infected and shows a phone number",
            Summary = "A loud warning with a support number is a web page, not your computer. Do not call; close the browser.",
            Body = """
                ## Stay calm

                While browsing, a page may suddenly play an alarm or a voice and claim that your computer is infected, asking you to call "support".
                It is a **fake warning** shown by the page you were reading; it does not mean your computer is infected.

                ## What to do now

                1. **Do not call** the number on the screen.
                2. Close the browser. If it will not close, hold the `Esc` key to leave full-screen mode, or restart the computer.
                3. If the same page comes back when you open the browser again, start it without restoring the previous session.

                ## If you already called

                - If they had you install remote-control software, uninstall it. Once the session has ended, they cannot connect again unless you allow it.
                - If you gave them prepaid card codes or a credit card number, contact the issuer or the card company at once.

                If you are still worried, contact the desk with the button below.
                """,
        }, ct);
        await PublishAsync(new ArticleDraft
        {
            Slug = "windows-system-restore",
            Language = "ja",
            Type = ArticleType.Guide,
            MethodIds = fakeWarning,
            Title = "Windows の「システムの復元」で以前の状態に戻す",
            Summary = "覚えのないソフトが入ってしまったとき、パソコンを少し前の状態に戻す手順です。",
            Body = """
                ## システムの復元とは

                Windows が自動で記録している「復元ポイント」の時点まで、インストールされたソフトや設定を戻す機能です。
                写真や文書などの個人のファイルは消えません。

                ## 手順

                1. タスクバーの検索欄に「復元ポイントの作成」と入力して開きます。
                2. 「システムの復元」ボタンを押し、画面の案内に従って進みます。
                3. 問題が起きる前の日付の復元ポイントを選び、「完了」を押します。

                ## 戻らないとき

                復元ポイントがない、または復元に失敗する場合は、パソコンの初期化を検討してください。初期化の前に、必要なファイルのバックアップを取ってください。
                """,
        }, ct);
        var linked = ArticleDraft.From(alertJa, fakeWarning);
        linked.CounterpartId = alertEn.Id;
        linked.Note = "English version linked";
        await editor.SaveAsync(alertJa, linked, "demo", ct);
        await SeedFileArticlesAsync(db, ct);
    }

    private async Task SeedFileArticlesAsync(AnshinDbContext db, CancellationToken ct)
    {
        var methods = await db.Set<Method>().ToDictionaryAsync(m => m.Code, m => m.Id, ct);
        var seeds = new List<SeedArticle>();
        foreach (var file in SeedFiles)
        {
            seeds.AddRange(JsonSerializer.Deserialize<List<SeedArticle>>(await SeedFile.ReadAsync(file, ct), Json) ?? []);
        }

        var published = new Dictionary<(string Slug, string Language), (int Id, List<int> Methods)>();
        foreach (var seed in seeds)
        {
            var methodIds = seed.Methods.Where(methods.ContainsKey).Select(c => methods[c]).ToList();
            var article = await PublishAsync(new ArticleDraft
            {
                Slug = seed.Slug,
                Language = seed.Language,
                Type = seed.Type,
                MethodIds = methodIds,
                Title = seed.Title,
                Summary = seed.Summary,
                Body = seed.Body,
            }, ct);
            published[(seed.Slug, seed.Language)] = (article.Id, methodIds);
            // Each save looks for changes in everything tracked: keep that to the article at hand.
            db.ChangeTracker.Clear();
        }

        foreach (var ((slug, language), (id, methodIds)) in published.Where(p => p.Key.Language == "ja"))
        {
            if (published.TryGetValue((slug, "en"), out var english) && await db.Set<Article>().FindAsync([id], ct) is { } article)
            {
                var draft = ArticleDraft.From(article, methodIds);
                draft.CounterpartId = english.Id;
                draft.Note = "English version linked";
                await editor.SaveAsync(article, draft, "demo", ct);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The site's articles, and the learning articles the self-diagnosis links each question to.</summary>
    private static readonly string[] SeedFiles = ["articles.json", "sme-learning.json"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private sealed record SeedArticle(string Slug, string Language, ArticleType Type, List<string> Methods, string Title, string Summary, string Body);

    private async Task<Article> PublishAsync(ArticleDraft draft, CancellationToken ct)
    {
        draft.Normalize();
        var article = await editor.SaveAsync(null, draft, "demo", ct);
        await editor.PublishAsync(article, null, ct);
        return article;
    }
}
