using System.Globalization;

namespace Anshin.Core.Statistics;

/// <summary>
/// An axis from <see cref="Min"/> to <see cref="Max"/> with ticks a "nice" step apart (1, 2 or 5 × 10ⁿ), after
/// Heckbert's "Nice numbers for graph labels" (Graphics Gems, 1990): readers compare bars with round gridlines,
/// not with 1,234 ÷ 4.
/// </summary>
public sealed class NiceScale
{
    /// <summary>How many ticks an axis aims for when the caller does not say.</summary>
    public const int DefaultTickCount = 5;

    // Beyond this the arithmetic below overflows to infinity; no statistic of ours comes near it.
    private const double Limit = 1e300;

    private NiceScale(double min, double max, double step)
    {
        Min = min;
        Max = max;
        Step = step;
        Decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step)));
        var count = (int)Math.Round((max - min) / step) + 1;
        Ticks = [.. Enumerable.Range(0, count).Select(i => Round(min + (i * step), Decimals))];
    }

    /// <summary>The first tick, at or below the smallest value.</summary>
    public double Min { get; }

    /// <summary>The last tick, at or above the largest value.</summary>
    public double Max { get; }

    /// <summary>The distance between ticks.</summary>
    public double Step { get; }

    /// <summary>The ticks from <see cref="Min"/> to <see cref="Max"/>, rounded so that 0.1 + 0.2 shows as 0.3.</summary>
    public IReadOnlyList<double> Ticks { get; }

    /// <summary>The decimal places a tick label needs (0 for a step of 1 or more).</summary>
    public int Decimals { get; }

    /// <summary>
    /// The scale for values between <paramref name="minimum"/> and <paramref name="maximum"/> (in either order).
    /// A range of one value is widened to include zero (and 0–0 becomes 0–1), so an all-zero chart still has an axis.
    /// </summary>
    /// <param name="minimum">The smallest value to show; not finite counts as zero.</param>
    /// <param name="maximum">The largest value to show; not finite counts as zero.</param>
    /// <param name="wholeNumbers">Counts: the step is never below 1, so no axis reads "0.2 cases".</param>
    /// <param name="tickCount">About how many ticks to draw (at least 2).</param>
    public static NiceScale For(double minimum, double maximum, bool wholeNumbers = false, int tickCount = DefaultTickCount)
    {
        var low = Sanitise(Math.Min(minimum, maximum));
        var high = Sanitise(Math.Max(minimum, maximum));
        if (low == high)
        {
            (low, high) = high > 0 ? (0.0, high) : high < 0 ? (high, 0.0) : (0.0, 1.0);
        }

        var range = NiceNumber(high - low, round: false);
        var step = NiceNumber(range / (Math.Max(2, tickCount) - 1), round: true);
        if (wholeNumbers && step < 1)
        {
            step = 1;
        }

        // The small nudge keeps 0.6 / 0.2 = 3.0000000000000004 from adding a tick past the data.
        var min = Math.Floor((low / step) + 1e-9) * step;
        var max = Math.Ceiling((high / step) - 1e-9) * step;
        return new NiceScale(min, max, step);
    }

    /// <summary>Where <paramref name="value"/> lies between <see cref="Min"/> (0) and <see cref="Max"/> (1), clamped.</summary>
    public double Fraction(double value) =>
        double.IsFinite(value) ? Math.Clamp((value - Min) / (Max - Min), 0, 1) : Fraction(0);

    /// <summary>A tick label: thousands separators and just the decimals the step needs, culture-invariant.</summary>
    public string Format(double tick) => tick.ToString("N" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static double Sanitise(double value) => double.IsFinite(value) ? Math.Clamp(value, -Limit, Limit) : 0;

    private static double Round(double value, int decimals) =>
        decimals <= 15 ? Math.Round(value, decimals, MidpointRounding.AwayFromZero) : value;

    private static double NiceNumber(double value, bool round)
    {
        var exponent = Math.Floor(Math.Log10(value));
        var power = Math.Pow(10, exponent);
        var fraction = value / power;
        var nice = round
            ? fraction switch { < 1.5 => 1, < 3 => 2, < 7 => 5, _ => 10 }
            : fraction switch { <= 1 => 1, <= 2 => 2, <= 5 => 5, _ => 10 };
        return nice * power;
    }
}
