namespace Anshin.Core.SelfCheck;

/// <summary>How one result compares with a group of peer results (e.g. the same industry or size).</summary>
/// <param name="Results">How many peer results the group holds.</param>
/// <param name="Average">The peers' mean score, rounded to one decimal (half away from zero); 0 for an empty group.</param>
/// <param name="Percentile">
/// The share of peers below the score, counting those with exactly the same score as half below: 100 × (below + equal / 2) / results,
/// rounded half away from zero, 0–100; 0 for an empty group. Equal scores count half so that a group where everyone scores the same
/// puts everyone at 50, not at 0 or 100.
/// </param>
public sealed record PeerFigures(int Results, double Average, int Percentile)
{
    /// <summary>The smallest group whose figures may be shown: smaller groups are too easy to trace back to one firm.</summary>
    public const int MinimumGroup = 10;

    /// <param name="countsByScore">How many peer results have each exact score (−25..100); scores absent count 0.</param>
    /// <param name="score">The score to place among the peers.</param>
    /// <exception cref="ArgumentOutOfRangeException">A score outside −25..100 or a negative count.</exception>
    public static PeerFigures From(IReadOnlyDictionary<int, int> countsByScore, int score)
    {
        ArgumentNullException.ThrowIfNull(countsByScore);
        RequireScore(score, nameof(score));
        long results = 0, sum = 0, below = 0, equal = 0;
        foreach (var (peerScore, count) in countsByScore)
        {
            RequireScore(peerScore, nameof(countsByScore));
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(countsByScore));
            results += count;
            sum += (long)peerScore * count;
            if (peerScore < score)
            {
                below += count;
            }
            else if (peerScore == score)
            {
                equal += count;
            }
        }

        if (results == 0)
        {
            return new PeerFigures(0, 0, 0);
        }

        var average = (double)Math.Round((decimal)sum / results, 1, MidpointRounding.AwayFromZero);
        return new PeerFigures(checked((int)results), average, RoundedPercent((2 * below) + equal, 2 * results));
    }

    /// <summary>The percentage of results that answered a question "done", rounded half away from zero; 0 when there are no results.</summary>
    public static int DoneShare(int done, int results)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(done);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(done, results);
        return results == 0 ? 0 : RoundedPercent(done, results);
    }

    // Integer arithmetic, so that a share of exactly x.5 % rounds up and never falls to x.4999… in floating point.
    private static int RoundedPercent(long part, long whole) => (int)(((200 * part) + whole) / (2 * whole));

    private static void RequireScore(int score, string name)
    {
        if (score is < SelfCheckScore.Minimum or > SelfCheckScore.Maximum)
        {
            throw new ArgumentOutOfRangeException(name, score, $"A self-check score is between {SelfCheckScore.Minimum} and {SelfCheckScore.Maximum}.");
        }
    }
}
