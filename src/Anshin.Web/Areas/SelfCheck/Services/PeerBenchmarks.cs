using Anshin.Core.SelfCheck;
using Anshin.Web.Areas.SelfCheck.Model;
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
        var scores = await db.Set<PeerScoreCount>().AsNoTracking()
            .Where(c => c.Version == version && c.Industry == industry && c.SizeBand == sizeBand && c.Results > 0)
            .ToDictionaryAsync(c => c.Score, c => c.Results, ct);
        var results = scores.Values.Sum();
        if (results < options.Value.PeerMinimum)
        {
            return new PeerGroup(industry, sizeBand, version, false, 0, 0, new Dictionary<int, int>(), []);
        }

        var done = await db.Set<PeerDoneCount>().AsNoTracking()
            .Where(c => c.Version == version && c.Industry == industry && c.SizeBand == sizeBand)
            .ToDictionaryAsync(c => c.Question, c => c.Done, ct);
        var questions = SelfCheckQuestionSets.Find(version)?.Questions.Count ?? SelfCheckScore.QuestionCount;
        var shares = Enumerable.Range(1, questions).Select(q => PeerFigures.DoneShare(done.GetValueOrDefault(q), results)).ToList();
        var average = PeerFigures.From(scores, 0).Average;
        return new PeerGroup(industry, sizeBand, version, true, results, average, scores, shares);
    }
}
