using System.Net.Http.Json;
using System.Text.Json;
using Anshin.Core.Desk;
using Anshin.Core.Search;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Search;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Desk;

public sealed class SearchTests
{
    // The demo cases talk about scams too; these tests count exact matches.
    private static readonly Dictionary<string, string?> NoDemo = new() { ["Database:SeedDemoContent"] = "false" };

    private static async Task<List<string>> FindAsync(HttpClient staff, string q)
    {
        var json = await staff.GetFromJsonAsync<JsonElement>("/api/desk/cases?status=New,InProgress,Answered,Closed&q=" + Uri.EscapeDataString(q));
        return [.. json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("receiptNumber").GetString()!)];
    }

    [Theory, BothDatabases]
    public async Task TwoCharacterJapaneseWords_AreFound_AndWidthAndCaseDoNotMatter(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, NoDemo);
        var client = app.Client();
        var scam = await client.SubmitAsync(DeskClient.Submission("サポート詐欺の電話番号に電話してしまい、AnyDesk を入れられました。"));
        var ransom = await client.SubmitAsync(DeskClient.Submission("会社のファイルが暗号化され、身代金を要求されています。"));
        var sms = await client.SubmitAsync(DeskClient.Submission("宅配の不在通知を装うＳＭＳが届きました。", email: "hanako@example.jp"));
        await app.Staff().CreateAsync("search-consultant");
        var staff = await app.SignedInClientAsync("search-consultant");

        Assert.Equal([scam], await FindAsync(staff, "詐欺"));
        Assert.Equal([ransom], await FindAsync(staff, "暗号"));
        Assert.Equal([scam], await FindAsync(staff, "ａｎｙｄｅｓｋ"));
        Assert.Equal([sms], await FindAsync(staff, "sms 不在"));
        Assert.Equal([sms], await FindAsync(staff, "hanako@example.jp"));
        Assert.Empty(await FindAsync(staff, "詐欺 暗号化"));
        Assert.Empty(await FindAsync(staff, "架空請求"));
    }

    [Theory, BothDatabases]
    public async Task QueuePage_FindsByTwoCharacterWord_AndByReceiptNumber(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, NoDemo);
        var receipt = await app.Client().SubmitAsync(DeskClient.Submission("ワンクリック詐欺の画面が消えません。"));
        var c = await app.CaseAsync(receipt);
        await app.Staff().CreateAsync("search-consultant2");
        var staff = await app.SignedInClientAsync("search-consultant2");

        var page = await staff.GetPageAsync("/desk?Filter.Q=" + Uri.EscapeDataString("詐欺"));
        var byNumber = await staff.GetAsync("/desk?Filter.Q=" + Uri.EscapeDataString(receipt.Replace('-', '－')));

        var rows = page.QuerySelectorAll("table.queue tbody tr");
        Assert.Single(rows);
        Assert.Contains(receipt, rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/desk/cases/{c.Id}", byNumber.Location());
    }

    [Theory, BothDatabases]
    public async Task LargeArchives_CountsStopAtTheLimit_AndSearchListsTheNewestMatches(DatabaseKind kind)
    {
        await using var app = await TestApp.StartAsync(kind, new Dictionary<string, string?>(NoDemo)
        {
            ["Desk:SearchLimit"] = "20",
            ["Desk:CountLimit"] = "30",
            ["Desk:PageSize"] = "10",
        });
        var receipts = await app.WithDbAsync(db => ArchiveAsync(db, app.Factory.Services, scams: 45, others: 15));
        await app.Staff().CreateAsync("archive-consultant");
        var staff = await app.SignedInClientAsync("archive-consultant");

        var closed = await staff.GetFromJsonAsync<JsonElement>("/api/desk/cases?status=Closed");
        var scams = await staff.GetFromJsonAsync<JsonElement>("/api/desk/cases?status=Closed&sort=-received&q=" + Uri.EscapeDataString("詐欺"));
        var rare = await staff.GetFromJsonAsync<JsonElement>("/api/desk/cases?status=Closed&q=" + Uri.EscapeDataString("暗号"));
        var page = await staff.GetPageAsync("/desk?Filter.Status=Closed&Filter.Q=" + Uri.EscapeDataString("詐欺"));
        var tabs = (await staff.GetPageAsync("/desk?Filter.Status=Closed")).QuerySelector("nav.tabs")!.TextContent;

        Assert.Equal(30, closed.GetProperty("total").GetInt32());
        Assert.True(closed.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.Equal(3, closed.GetProperty("pageCount").GetInt32());
        Assert.Contains("30+", tabs, StringComparison.Ordinal);

        // 45 cases mention 詐欺; only the newest 20 are considered, newest first.
        Assert.Equal(20, scams.GetProperty("total").GetInt32());
        Assert.Equal(20, scams.GetProperty("searchLimit").GetInt32());
        Assert.Equal(receipts[44], scams.GetProperty("items")[0].GetProperty("receiptNumber").GetString());
        Assert.Contains("20", page.QuerySelector("p.callout")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(15, rare.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, rare.GetProperty("searchLimit").ValueKind);
    }

    [Theory, BothDatabases]
    public async Task SearchResults_AreSortedAsTheQueueSortsTheSameCases(DatabaseKind kind)
    {
        // The queue sorts in the database; a search sorts its matches in memory. Both must give one order.
        await using var app = await TestApp.StartAsync(kind, NoDemo);
        await app.WithDbAsync(db => ArchiveAsync(db, app.Factory.Services, scams: 14, others: 9));
        await app.WithDbAsync(async db =>
        {
            var cases = await db.Set<Consultation>().OrderBy(c => c.Id).ToListAsync();
            for (var i = 0; i < cases.Count; i++)
            {
                // Ties on the first key, so the later keys decide too.
                cases[i].Urgency = (Urgency)(i % 3);
                cases[i].DueDate = new DateOnly(2025, 4, 1).AddDays(i % 4);
            }

            return await db.SaveChangesAsync();
        });
        await app.Staff().CreateAsync("sort-consultant");
        var staff = await app.SignedInClientAsync("sort-consultant");

        foreach (var sort in new[] { "due", "received", "-received", "urgency", "receipt" })
        {
            var listed = await staff.GetFromJsonAsync<JsonElement>($"/api/desk/cases?status=Closed&sort={sort}");
            var found = await staff.GetFromJsonAsync<JsonElement>(
                $"/api/desk/cases?status=Closed&sort={sort}&q=" + Uri.EscapeDataString("その"));
            string[] Receipts(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("receiptNumber").GetString()!)];

            Assert.Equal(23, Receipts(found).Length);
            Assert.Equal(Receipts(listed), Receipts(found));
        }
    }

    [Fact]
    public async Task PostgresBlockTokens_AreTheOnesTheSearchAsksFor()
    {
        await using var app = await TestApp.StartAsync(DatabaseKind.Postgres, NoDemo);
        await app.WithDbAsync(db => ArchiveAsync(db, app.Factory.Services, scams: 1, others: 0));
        var vectors = await app.WithDbAsync(db => db.Database
            .SqlQuery<string>($"""SELECT "Vector"::text AS "Value" FROM fts_consultations""").ToListAsync());

        Assert.Contains($"'{PostgresCaseSearch.BucketToken(5_000 >> PostgresCaseSearch.BucketBits)}'", Assert.Single(vectors), StringComparison.Ordinal);
        Assert.Equal("ｘａａａａ", PostgresCaseSearch.BucketToken(0));
        Assert.Equal("ｘａａｅｓ", PostgresCaseSearch.BucketToken(122));
        Assert.Equal("ｘａｂａａ", PostgresCaseSearch.BucketToken(676));
    }

    [Fact]
    public void PostgresBlockGroups_CoverEveryBlockOnce_NewestFirst_SmallGroupsFirst()
    {
        var groups = PostgresCaseSearch.BlockGroups(122);
        var blocks = groups.Select(g => g.Split(" | ").Select(t => t.Trim('\'')).ToList()).ToList();

        Assert.Equal([1, 1, 1, 1, 1, 1, 1, 1, 2, 4, 8, 16, 32, 53], blocks.Select(b => b.Count));
        Assert.Equal(Enumerable.Range(0, 123).Reverse().Select(b => PostgresCaseSearch.BucketToken(b)), blocks.SelectMany(b => b));
        Assert.Equal(["'ｘａａａａ'"], PostgresCaseSearch.BlockGroups(0));
        Assert.Equal(64, PostgresCaseSearch.BlockGroups(1_000).Skip(14).First().Split(" | ").Length);
    }

    [Fact]
    public async Task PostgresSearchIndex_KeepsASmallPendingList()
    {
        // Every search reads the GIN index's pending list in full: it must stay far below the server's 4 MB default.
        await using var app = await TestApp.StartAsync(DatabaseKind.Postgres, NoDemo);
        var options = await app.WithDbAsync(db => db.Database.SqlQuery<string>($"""
            SELECT array_to_string(reloptions, ',') AS "Value" FROM pg_class WHERE relname = 'IX_fts_consultations_Vector'
            """).SingleAsync());

        Assert.Equal("gin_pending_list_limit=512", options);
    }

    [Fact]
    public async Task PostgresVectors_MadeByTheApp_EqualWhatTheServersParserMadeOfTheSameTokens()
    {
        // Migration 0008 keeps the vectors the server made before it; both must hold the same lexemes and positions.
        await using var app = await TestApp.StartAsync(DatabaseKind.Postgres, NoDemo);
        var text = "サポート詐欺の偽警告画面が出て、ＡｎｙＤｅｓｋ を入れてしまいました。10月3日、ｶｰﾄﾞ番号 4111 を入力。Ünïcødé café ДОБРО "
            + string.Join(' ', Enumerable.Repeat("警告", 300)) + " " + string.Join(' ', Enumerable.Range(1, 17_000).Select(i => $"w{i}"));
        var (vector, tokens) = (SearchText.ToPostgresTsVector(text), SearchText.IndexTokens(text));

        var ours = await app.WithDbAsync(db => db.Database.SqlQuery<string>($"""
            SELECT lexeme || ':' || coalesce(array_to_string(positions, ','), '') AS "Value" FROM unnest(CAST({vector} AS tsvector))
            """).ToListAsync());
        var servers = await app.WithDbAsync(db => db.Database.SqlQuery<string>($"""
            SELECT lexeme || ':' || coalesce(array_to_string(positions, ','), '') AS "Value" FROM unnest(to_tsvector('simple', {tokens}))
            """).ToListAsync());

        Assert.Equal(string.Join('\n', servers.Except(ours)), string.Join('\n', ours.Except(servers)));
        Assert.Equal(17_000 + 30, ours.Count, 20.0);
    }

    /// <summary>Closed cases straight into the database: <paramref name="scams"/> about 詐欺, then <paramref name="others"/> about 暗号化.</summary>
    private static async Task<List<string>> ArchiveAsync(AnshinDbContext db, IServiceProvider services, int scams, int others)
    {
        var generator = new SyntheticConsultations(7, DateTime.UtcNow, new Dictionary<string, int>());
        var cases = Enumerable.Range(1, scams + others).Select(i =>
        {
            var c = generator.Next(new ReceiptNumber(2020, i), DateTime.UtcNow.AddDays(-400 + i));
            c.Id = i * 5_000L; // spread over about 37 of PostgreSQL's blocks of 8,192 ids, so its search widens several times
            c.Status = CaseStatus.Closed;
            c.ClosedAt = c.ReceivedAt.AddDays(1);
            c.Subject = c.WhatHappened = i <= scams ? $"サポート詐欺の画面 その{i}" : $"ファイルが暗号化された その{i}";
            c.WhySuspected = c.OtherDesksAsked = "";
            return c;
        }).ToList();
        db.AddRange(cases);
        await db.SaveChangesAsync();
        await using var scope = services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ICaseSearch>();
        await index.IndexNewAsync([.. cases.Select(c => (c.Id, CaseDocument.Compose(c, [], [])))], CancellationToken.None);
        return [.. cases.OrderBy(c => c.Id).Select(c => c.ReceiptNumber)];
    }
}
