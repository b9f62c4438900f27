namespace Anshin.Core.Statistics;

/// <summary>The series names with their swatches, left to right, wrapping onto as many rows as they need.</summary>
internal sealed class Legend
{
    private const double FontSize = 13;
    private const double SwatchGap = 6;
    private const double ItemGap = 18;

    private readonly List<(int Series, string Name, string Shown, double X, int Row)> items;

    private Legend(List<(int, string, string, double, int)> items, double swatchWidth)
    {
        this.items = items;
        SwatchWidth = swatchWidth;
    }

    public int Rows => items.Count == 0 ? 0 : items[^1].Row + 1;

    private double SwatchWidth { get; }

    public static Legend Arrange(IReadOnlyList<ChartSeries> series, double swatchWidth)
    {
        var available = SvgChart.Width - (2 * SvgChart.Padding);
        var items = new List<(int, string, string, double, int)>();
        var (x, row) = (0.0, 0);
        for (var s = 0; s < series.Count; s++)
        {
            var shown = ChartText.Wrap(series[s].Name, available * 0.45, FontSize, 1)[0];
            var width = swatchWidth + SwatchGap + ChartText.Width(shown, FontSize);
            if (x > 0 && x + width > available)
            {
                (x, row) = (0, row + 1);
            }

            items.Add((s, series[s].Name, shown, x, row));
            x += width + ItemGap;
        }

        return new Legend(items, swatchWidth);
    }

    /// <summary>Writes the legend; <paramref name="swatch"/> draws series n's sample at (x, middle of the row).</summary>
    public void Write(SvgWriter svg, double left, double top, double rowHeight, Action<int, double, double> swatch)
    {
        svg.Start("g", ("class", "legend"));
        foreach (var (series, name, shown, x, row) in items)
        {
            var middle = top + (row * rowHeight) + (rowHeight / 2);
            svg.Start("g", ("class", "legend-item"));
            swatch(series, left + x, middle);
            var textX = left + x + SwatchWidth + SwatchGap;
            SvgChart.Lines(svg, "legend-label", name, [shown], textX, middle + (FontSize * 0.35), 0, "start", FontSize);
            svg.End("g");
        }

        svg.End("g");
    }
}
