using Anshin.Core.SelfCheck;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.SelfCheck.Services;

/// <summary>
/// A peer group's figures, read from the kept counts (two indexed range reads, never a scan of results). A group
/// smaller than <see cref="SelfCheckOptions.PeerMinimum"/> is <see cref="Available"/> false and carries no figures.
/// </summary>
public sealed record PeerGroup(string Industry, int SizeBand, string Version, bool Available, int Results, double Average,
    IReadOnlyDictionary<int, int> Scores, IReadOnlyList<int> DoneShares)
{
    /// <summary>Where <paramref name="score"/> stands in the group (0–100).</summary>
    public int PercentileOf(int score) => PeerFigures.From(Scores, score).Percentile;
}

public sealed class PeerBenchmarks(AnshinDbContext db, IOptions<SelfCheckOptions> options)
{
    public async Task<PeerGroup> ForGroupAsync(string industry, int sizeBand, string version, CancellationToken ct)
    {
        // One statement, so both counts come from one snapshot: read apart, a submission committing in between made
        // a question's "done" count exceed the group's size.
        var rows = await db.Database.SqlQuery<PeerRow>($"""
            SELECT 0 AS "Kind", "Score" AS "Key", "Results" AS "Count" FROM "PeerScoreCounts"
            WHERE "Version" = {version} AND "Industry" = {industry} AND "SizeBand" = {sizeBand} AND "Results" > 0
            UNION ALL
            SELECT 1 AS "Kind", "Question" AS "Key", "Done" AS "Count" FROM "PeerDoneCounts"
            WHERE "Version" = {version} AND "Industry" = {industry} AND "SizeBand" = {sizeBand}
            """).ToListAsync(ct);
        var scores = rows.Where(r => r.Kind == 0).ToDictionary(r => r.Key, r => r.Count);
        var results = scores.Values.Sum();
        if (results < options.Value.PeerMinimum)
        {
            return new PeerGroup(industry, sizeBand, version, false, 0, 0, new Dictionary<int, int>(), []);
        }

        var done = rows.Where(r => r.Kind == 1).ToDictionary(r => r.Key, r => r.Count);
        var questions = SelfCheckQuestionSets.Find(version)?.Questions.Count ?? SelfCheckScore.QuestionCount;
        var shares = Enumerable.Range(1, questions).Select(q => PeerFigures.DoneShare(done.GetValueOrDefault(q), results)).ToList();
        var average = PeerFigures.From(scores, 0).Average;
        return new PeerGroup(industry, sizeBand, version, true, results, average, scores, shares);
    }

    /// <summary>One count of a group: a score's (kind 0) or a question's "done" (kind 1).</summary>
    private sealed record PeerRow(int Kind, int Key, int Count);
}
