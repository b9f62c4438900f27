using System.Globalization;
using System.Text;
using Anshin.Core.SelfCheck;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.SelfCheck.Services;

/// <summary>
/// Keeps the peer counts (<see cref="PeerScoreCount"/>, <see cref="PeerDoneCount"/>) equal to what the latest result
/// of every organisation says: a new result adds itself to its group and takes the organisation's previous result out
/// of its own. One upsert statement per table, the same SQL on SQLite and PostgreSQL, run in the caller's transaction.
/// </summary>
public static class PeerAggregates
{
    public static async Task ApplyAsync(AnshinDbContext db, SelfCheckResult added, SelfCheckResult? replaced, CancellationToken ct)
    {
        var scores = new Dictionary<(string Version, string Industry, int Size, int Score), int>();
        var done = new Dictionary<(string Version, string Industry, int Size, int Question), int>();
        Count(added, +1, scores, done);
        if (replaced is not null)
        {
            Count(replaced, -1, scores, done);
        }

        await UpsertAsync(db, "PeerScoreCounts", "Score", "Results",
            scores.Where(s => s.Value != 0).Select(s => (s.Key.Version, s.Key.Industry, s.Key.Size, s.Key.Score, s.Value)).ToList(), ct);
        await UpsertAsync(db, "PeerDoneCounts", "Question", "Done",
            done.Where(d => d.Value != 0).Select(d => (d.Key.Version, d.Key.Industry, d.Key.Size, d.Key.Question, d.Value)).ToList(), ct);
    }

    /// <summary>
    /// Recounts every peer group from the latest result of each organisation (after a bulk load, or to repair):
    /// replaces all counts in one transaction.
    /// </summary>
    public static async Task RebuildAsync(AnshinDbContext db, CancellationToken ct)
    {
        // Inside the caller's transaction when there is one (demo content is seeded in one).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.Set<PeerScoreCount>().ExecuteDeleteAsync(ct);
        await db.Set<PeerDoneCount>().ExecuteDeleteAsync(ct);
        var latest = await db.Set<SelfCheckResult>().AsNoTracking()
            .Where(r => r.Id == db.Set<SelfCheckResult>().Where(o => o.OrganisationId == r.OrganisationId)
                .OrderByDescending(o => o.TakenAt).ThenByDescending(o => o.Id).Select(o => o.Id).First())
            .Select(r => new SelfCheckResult { QuestionSetVersion = r.QuestionSetVersion, Industry = r.Industry, SizeBand = r.SizeBand, Score = r.Score, Answers = r.Answers })
            .ToListAsync(ct);
        var scores = new Dictionary<(string Version, string Industry, int Size, int Score), int>();
        var done = new Dictionary<(string Version, string Industry, int Size, int Question), int>();
        foreach (var result in latest)
        {
            Count(result, +1, scores, done);
        }

        db.AddRange(scores.Select(s => new PeerScoreCount { Version = s.Key.Version, Industry = s.Key.Industry, SizeBand = s.Key.Size, Score = s.Key.Score, Results = s.Value }));
        db.AddRange(done.Select(d => new PeerDoneCount { Version = d.Key.Version, Industry = d.Key.Industry, SizeBand = d.Key.Size, Question = d.Key.Question, Done = d.Value }));
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        db.ChangeTracker.Clear();
    }

    private static void Count(SelfCheckResult result, int sign,
        Dictionary<(string, string, int, int), int> scores, Dictionary<(string, string, int, int), int> done)
    {
        var key = (result.QuestionSetVersion, result.Industry, result.SizeBand);
        Add(scores, (key.QuestionSetVersion, key.Industry, key.SizeBand, result.Score), sign);
        if (SelfCheckAnswers.TryDecode(result.Answers, out var answers))
        {
            for (var i = 0; i < answers.Count; i++)
            {
                if (answers[i] == SelfCheckAnswer.Done)
                {
                    Add(done, (key.QuestionSetVersion, key.Industry, key.SizeBand, i + 1), sign);
                }
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, int change)
        where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + change;

    private static async Task UpsertAsync(AnshinDbContext db, string table, string keyColumn, string countColumn,
        List<(string Version, string Industry, int Size, int Key, int Change)> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        // Rows in one order for every transaction: two submissions moving organisations between the same two scores in
        // opposite directions would otherwise lock the two rows in opposite order and deadlock (PostgreSQL).
        rows = [.. rows.OrderBy(r => r.Version, StringComparer.Ordinal).ThenBy(r => r.Industry, StringComparer.Ordinal)
            .ThenBy(r => r.Size).ThenBy(r => r.Key)];

        var sql = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"""INSERT INTO "{table}" ("Version", "Industry", "SizeBand", "{keyColumn}", "{countColumn}") VALUES """);
        var parameters = new List<object>(rows.Count * 5);
        for (var i = 0; i < rows.Count; i++)
        {
            var p = i * 5;
            sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({{{p}}}, {{{p + 1}}}, {{{p + 2}}}, {{{p + 3}}}, {{{p + 4}}})");
            parameters.AddRange([rows[i].Version, rows[i].Industry, rows[i].Size, rows[i].Key, rows[i].Change]);
        }

        sql.Append(CultureInfo.InvariantCulture,
            $"""
             ON CONFLICT ("Version", "Industry", "SizeBand", "{keyColumn}") DO UPDATE SET "{countColumn}" = "{table}"."{countColumn}" + excluded."{countColumn}"
            """);
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
    }
}
