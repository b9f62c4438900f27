namespace Anshin.Core.Statistics;

/// <summary>Lays out <see cref="SvgChart.Bars"/>: labels left, bars from a zero axis, values at the bar ends, ticks below.</summary>
internal static class BarChart
{
    private const double LabelGap = 10;
    private const double ValueGap = 6;
    private const double BarThickness = 18;
    private const double LineHeight = 17;

    public static string Draw(string title, IReadOnlyList<ChartPoint> points, string? valueFormat)
    {
        var values = points.Select(p => SvgChart.Finite(p.Value)).ToArray();
        var valueTexts = points.Select(p => ChartText.FormatValue(p.Value, valueFormat)).ToArray();
        var description = string.Join("; ", points.Select((p, i) => $"{p.Label}: {valueTexts[i]}"));
        var scale = NiceScale.For(0, Math.Max(0, values.Max()), wholeNumbers: values.All(v => v == Math.Floor(v)));

        var labelWidth = Math.Clamp(points.Max(p => ChartText.Width(p.Label, SvgChart.FontSize)), 40, SvgChart.Width * 0.4);
        var labels = points.Select(p => ChartText.Wrap(p.Label, labelWidth, SvgChart.FontSize, maxLines: 2)).ToArray();
        var valueWidth = Math.Min(valueTexts.Max(t => ChartText.Width(t, SvgChart.FontSize)), SvgChart.Width * 0.25) + ValueGap;
        var rowPitch = labels.Any(l => l.Count > 1) ? 44 : 30;

        var plotLeft = SvgChart.Padding + labelWidth + LabelGap;
        var plotWidth = SvgChart.Width - SvgChart.Padding - valueWidth - plotLeft;
        var plotTop = SvgChart.Padding;
        var plotBottom = plotTop + (points.Count * rowPitch);
        var height = plotBottom + 24 + SvgChart.Padding;

        var (svg, _) = SvgChart.Open("bars", title, description, height);
        svg.Start("g", ("class", "grid"));
        foreach (var tick in scale.Ticks)
        {
            var x = plotLeft + (scale.Fraction(tick) * plotWidth);
            svg.Empty("line", ("x1", N(x)), ("y1", N(plotTop)), ("x2", N(x)), ("y2", N(plotBottom)), ("stroke", SeriesStyle.Grid));
            SvgChart.Label(svg, "tick", scale.Format(tick), x, plotBottom + 18, "middle", SvgChart.SmallFontSize, SeriesStyle.SecondaryInk);
        }

        svg.End("g")
            .Empty("line", ("class", "axis"), ("x1", N(plotLeft)), ("y1", N(plotTop)), ("x2", N(plotLeft)), ("y2", N(plotBottom)),
                ("stroke", SeriesStyle.Ink));

        var colour = SeriesStyle.For(0).Colour;
        for (var i = 0; i < points.Count; i++)
        {
            var middle = plotTop + (i * rowPitch) + (rowPitch / 2.0);
            var barWidth = scale.Fraction(Math.Max(0, values[i])) * plotWidth;
            svg.Start("g", ("class", "item"));
            var firstBaseline = middle + (SvgChart.FontSize * 0.35) - ((labels[i].Count - 1) * LineHeight / 2);
            SvgChart.Lines(svg, "label", points[i].Label, labels[i], plotLeft - LabelGap, firstBaseline, LineHeight, "end", SvgChart.FontSize);
            svg.Empty("rect", ("class", "bar"), ("x", N(plotLeft)), ("y", N(middle - (BarThickness / 2))), ("width", N(barWidth)),
                ("height", N(BarThickness)), ("fill", colour));
            SvgChart.Label(svg, "value", valueTexts[i], plotLeft + barWidth + ValueGap, middle + (SvgChart.FontSize * 0.35), "start");
            svg.End("g");
        }

        return svg.End("svg").ToString();
    }

    private static string N(double value) => SvgWriter.Number(value);
}
