using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Anshin.Core.Content;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Areas.Knowledge.Search;
using Anshin.Web.Platform.Data;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Knowledge.Commands;

/// <summary>
/// <c>seed-articles N [--seed S]</c>: publishes N synthetic articles (Japanese, every type, slugs <c>bench-00001</c>…)
/// with their versions and search index, for benchmarks of the self-help site. Never for production content.
/// </summary>
[SuppressMessage("Security", "CA5394", Justification = "Made-up benchmark data must be reproducible from a seed; nothing here is secret.")]
public static class SeedArticlesCommand
{
    private const int Batch = 1_000;

    private static readonly string[] Sentences =
    [
        "ウェブサイトを見ていると、突然「ウイルスに感染しました」という警告が表示されることがあります。",
        "表示された電話番号に電話をかけると、サポート詐欺の相手につながります。",
        "遠隔操作ソフトを入れるよう指示されても、従わないでください。",
        "ブラウザーを閉じれば、偽の警告画面は消えます。",
        "電子マネーのカード番号を伝えてしまった場合は、すぐに発行元に連絡してください。",
        "宅配業者を装ったSMSのリンクを開くと、偽のログインページが表示されます。",
        "パスワードを入力してしまった場合は、正規のサイトからすぐに変更してください。",
        "同じパスワードを使い回しているサービスも、あわせて変更が必要です。",
        "2段階認証を設定すると、パスワードが漏れても不正ログインを防げます。",
        "ランサムウェアに感染すると、ファイルが暗号化されて開けなくなります。",
        "バックアップを取り、ネットワークから切り離して保管しておきましょう。",
        "ワンクリック請求の画面が出ても、支払う必要はありません。",
        "身に覚えのない請求には連絡をせず、落ち着いて対処してください。",
        "スマートフォンに不審なアプリが入っていないか確認しましょう。",
        "ビットコインで支払うよう求める脅迫メールは、大量に送られているものです。",
        "クレジットカードの利用明細を確認し、不審な請求があればカード会社に連絡します。",
        "OSやアプリを最新の状態に保つことが、基本的な対策です。",
        "不安なときは、一人で判断せずに窓口へご相談ください。",
        "フィッシング対策として、ブックマークや公式アプリから開く習慣をつけましょう。",
        "システムの復元を使うと、パソコンを以前の状態に戻せます。",
    ];

    private static readonly string[] Topics =
        ["偽警告", "サポート詐欺", "フィッシング", "不正ログイン", "ランサムウェア", "ワンクリック請求", "不審なアプリ", "脅迫メール", "SMS", "パスワード"];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.FirstOrDefault(a => !a.StartsWith('-')) is not { } countText
            || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            Console.Error.WriteLine("Usage: seed-articles N [--seed S]   (N synthetic published articles)");
            return 1;
        }

        var seedIndex = Array.IndexOf(args, "--seed");
        var random = new Random(seedIndex >= 0 && seedIndex + 1 < args.Length ? int.Parse(args[seedIndex + 1], CultureInfo.InvariantCulture) : 42);
        DatabaseServices.EnsureDataDirectory(app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        }

        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var types = Enum.GetValues<ArticleType>();
        var watch = Stopwatch.StartNew();
        for (var done = 0; done < count; done += Batch)
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AnshinDbContext>();
            var search = scope.ServiceProvider.GetRequiredService<ISiteSearch>();
            await using var tx = await db.Database.BeginTransactionAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var articles = new List<Article>(Batch);
            for (var i = done; i < Math.Min(count, done + Batch); i++)
            {
                var topic = Topics[random.Next(Topics.Length)];
                var body = Body(random, topic);
                var at = now.AddMinutes(-(count - i) * 30);
                articles.Add(new Article
                {
                    Slug = string.Create(CultureInfo.InvariantCulture, $"bench-{i + 1:D5}"),
                    Language = "ja",
                    Type = types[random.Next(types.Length)],
                    Title = string.Create(CultureInfo.InvariantCulture, $"{topic}にご注意ください（{i + 1}）"),
                    Summary = Sentences[random.Next(Sentences.Length)],
                    BodyMarkdown = body,
                    BodyHtml = MarkdownHtml.Render(body),
                    State = ArticleState.Published,
                    PublishAt = at,
                    CreatedAt = at,
                    UpdatedAt = at,
                    CurrentVersion = 1,
                });
            }

            db.AddRange(articles);
            await db.SaveChangesAsync();
            var documents = articles.Select(a => new SiteDocument
            {
                Kind = SiteDocumentKind.Article,
                Language = a.Language,
                Key = a.Slug,
                Title = a.Title,
                Summary = a.Summary,
                Text = MarkdownHtml.PlainText(a.BodyMarkdown),
                PublishAt = a.PublishAt!.Value,
                Type = (int)a.Type,
            }).ToList();
            db.AddRange(articles.Select(a => new ArticleVersion
            {
                ArticleId = a.Id,
                Number = 1,
                Title = a.Title,
                Summary = a.Summary,
                BodyMarkdown = a.BodyMarkdown,
                SavedAt = a.CreatedAt,
                SavedBy = "bench",
            }));
            db.AddRange(documents);
            await db.SaveChangesAsync();
            foreach (var document in documents)
            {
                await search.IndexAsync(document, CancellationToken.None);
            }

            await tx.CommitAsync();
            Console.WriteLine($"{done + articles.Count:N0} / {count:N0}  ({watch.Elapsed.TotalSeconds:0} s)");
        }

        return 0;
    }

    // Three to six sections of three to eight sentences, with a list: about the length of a real guide.
    private static string Body(Random random, string topic)
    {
        var text = new StringBuilder();
        for (var section = 0; section < random.Next(3, 7); section++)
        {
            text.Append("## ").Append(topic).Append("の対処 ").AppendLine((section + 1).ToString(CultureInfo.InvariantCulture)).AppendLine();
            for (var s = 0; s < random.Next(3, 9); s++)
            {
                text.Append(Sentences[random.Next(Sentences.Length)]);
            }

            text.AppendLine().AppendLine();
            for (var item = 1; item <= 3; item++)
            {
                text.Append(item.ToString(CultureInfo.InvariantCulture)).Append(". ").AppendLine(Sentences[random.Next(Sentences.Length)]);
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
