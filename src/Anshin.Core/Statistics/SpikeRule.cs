namespace Anshin.Core.Statistics;

/// <summary>What <see cref="SpikeRule"/> decided for one series.</summary>
/// <param name="Current">The count of the latest window.</param>
/// <param name="Baseline">The mean count of the baseline windows (λ).</param>
/// <param name="TailProbability">P(X ≥ Current) for X ~ Poisson(max(λ, <see cref="SpikeRule.MinimumBaseline"/>)).</param>
/// <param name="IsSpike">The count is at least <see cref="SpikeRule.MinimumCount"/> and the tail probability below <see cref="SpikeRule.Threshold"/>.</param>
public sealed record SpikeVerdict(int Current, double Baseline, double TailProbability, bool IsSpike)
{
    /// <summary>How many times the baseline the current count is (the baseline floored as in the rule).</summary>
    public double Ratio => Current / Math.Max(Baseline, SpikeRule.MinimumBaseline);
}

/// <summary>
/// The spike rule of the dashboard (ADR 0011): a 手口's count in the latest 7 days is a spike when, were the weekly
/// counts Poisson with the mean of the 8 weeks before, a count at least this high would happen less than once in a
/// hundred weeks — and it is at least 5, so a method going from 0 to 2 is not an alarm. The baseline is floored at
/// 0.5 a week, so a method new this week needs the minimum count, not just one case.
/// </summary>
public static class SpikeRule
{
    public const int BaselineWeeks = 8;
    public const int MinimumCount = 5;
    public const double MinimumBaseline = 0.5;
    public const double Threshold = 0.01;

    /// <summary>Judges <paramref name="current"/> against the counts of the weeks before it.</summary>
    public static SpikeVerdict Judge(int current, IReadOnlyList<int> baselineWeeks)
    {
        ArgumentNullException.ThrowIfNull(baselineWeeks);
        ArgumentOutOfRangeException.ThrowIfNegative(current);
        var mean = baselineWeeks.Count == 0 ? 0 : baselineWeeks.Average();
        var tail = PoissonUpperTail(current, Math.Max(mean, MinimumBaseline));
        return new SpikeVerdict(current, mean, tail, current >= MinimumCount && tail < Threshold);
    }

    /// <summary>P(X ≥ k) for X ~ Poisson(λ), computed as 1 − P(X ≤ k − 1) with the terms summed in order (stable for the counts a desk sees).</summary>
    public static double PoissonUpperTail(int k, double lambda)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lambda);
        if (k == 0)
        {
            return 1;
        }

        // Sum the upper tail directly from the mode side when k is far above λ: 1 − CDF would lose every digit.
        if (k > lambda)
        {
            var term = Math.Exp((k * Math.Log(lambda)) - lambda - LogFactorial(k));
            var sum = 0.0;
            for (var i = k; i < k + 1000 && term > sum * 1e-17; i++)
            {
                sum += term;
                term *= lambda / (i + 1);
            }

            return Math.Min(1, sum);
        }

        var p = Math.Exp(-lambda);
        var cdf = 0.0;
        for (var i = 0; i < k; i++)
        {
            cdf += p;
            p *= lambda / (i + 1);
        }

        return Math.Max(0, 1 - cdf);
    }

    private static double LogFactorial(int n)
    {
        var sum = 0.0;
        for (var i = 2; i <= n; i++)
        {
            sum += Math.Log(i);
        }

        return sum;
    }
}
