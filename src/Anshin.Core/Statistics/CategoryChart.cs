namespace Anshin.Core.Statistics;

/// <summary>
/// Lays out <see cref="SvgChart.Columns"/> and <see cref="SvgChart.Line"/>: the legend on top, a value axis on
/// the left, one band per category along the bottom. Category labels that do not fit their band wrap onto two
/// lines; when even that fails (52 weeks) only every k-th label is written.
/// </summary>
internal static class CategoryChart
{
    private const double PlotHeight = 240;
    private const double LegendRowHeight = 22;
    private const double LegendSwatch = 14;
    private const double LegendLine = 30;
    private const double CategoryLineHeight = 15;

    public enum Kind
    {
        Columns,
        Line,
    }

    public static string Draw(Kind kind, string title, IReadOnlyList<ChartSeries> series, string? valueFormat)
    {
        var categories = Categories(series);
        var values = series.Select(s =>
        {
            var byLabel = s.Points.DistinctBy(p => p.Label, StringComparer.Ordinal).ToDictionary(p => p.Label, StringComparer.Ordinal);
            return categories.Select(c => byLabel.GetValueOrDefault(c)).ToArray();
        }).ToArray();
        var description = string.Join(" / ", series.Select(s =>
            s.Name + " — " + string.Join("; ", s.Points.Select(p => $"{p.Label}: {ChartText.FormatValue(p.Value, valueFormat)}"))));

        var all = series.SelectMany(s => s.Points).Select(p => SvgChart.Finite(p.Value)).ToArray();
        var wholeNumbers = all.All(v => v == Math.Floor(v));
        var scale = kind == Kind.Columns
            ? NiceScale.For(0, Math.Max(0, all.Max()), wholeNumbers)
            : NiceScale.For(Math.Min(0, all.Min()), Math.Max(0, all.Max()), wholeNumbers);

        var legend = Legend.Arrange(series, kind == Kind.Line ? LegendLine : LegendSwatch);
        var plotTop = SvgChart.Padding + (legend.Rows * LegendRowHeight) + 12;
        var plotBottom = plotTop + PlotHeight;
        var tickWidth = scale.Ticks.Max(t => ChartText.Width(scale.Format(t), SvgChart.SmallFontSize));
        var plotLeft = SvgChart.Padding + Math.Min(tickWidth, SvgChart.Width / 4) + 8;
        var plotWidth = SvgChart.Width - SvgChart.Padding - plotLeft;
        var band = plotWidth / categories.Length;
        var height = plotBottom + 8 + (2 * CategoryLineHeight) + SvgChart.Padding;

        var (svg, id) = SvgChart.Open(kind == Kind.Columns ? "columns" : "line", title, description, height);
        if (kind == Kind.Columns)
        {
            svg.Start("defs");
            for (var s = 0; s < Math.Min(series.Count, SeriesStyle.Count); s++)
            {
                SeriesStyle.For(s).WritePattern(svg, PatternId(id, s));
            }

            svg.End("defs");
        }

        double Y(double value) => plotBottom - (scale.Fraction(value) * PlotHeight);
        double BandLeft(int c) => plotLeft + (c * band);

        legend.Write(svg, SvgChart.Padding, SvgChart.Padding, LegendRowHeight, (s, x, y) =>
        {
            var style = SeriesStyle.For(s);
            if (kind == Kind.Columns)
            {
                svg.Empty("rect", ("x", N(x)), ("y", N(y - (LegendSwatch / 2))), ("width", N(LegendSwatch)), ("height", N(LegendSwatch)),
                    ("fill", style.Fill(PatternId(id, s))), ("stroke", style.Colour));
            }
            else
            {
                svg.Empty("line", ("x1", N(x)), ("y1", N(y)), ("x2", N(x + LegendLine)), ("y2", N(y)), ("stroke", style.Colour),
                    ("stroke-width", "2"), ("stroke-dasharray", style.DashArray));
                style.WriteMarker(svg, "legend-marker", x + (LegendLine / 2), y, tooltip: null);
            }
        });

        WriteValueAxis(svg, scale, plotLeft, plotWidth, Y);
        WriteCategoryAxis(svg, categories, plotLeft, band, plotBottom);

        if (kind == Kind.Columns)
        {
            WriteColumns(svg, id, series, categories, values, band, BandLeft, Y, valueFormat);
        }
        else
        {
            WriteLines(svg, series, categories, values, band, BandLeft, Y, valueFormat);
        }

        svg.Empty("line", ("class", "axis"), ("x1", N(plotLeft)), ("y1", N(Y(0))), ("x2", N(plotLeft + plotWidth)), ("y2", N(Y(0))),
            ("stroke", SeriesStyle.Ink));
        return svg.End("svg").ToString();
    }

    /// <summary>
    /// The distinct labels in order of first appearance, except that a label one series lacks is placed before the
    /// next label that series shares, so weeks stay in order when an early series skips one.
    /// </summary>
    internal static string[] Categories(IReadOnlyList<ChartSeries> series)
    {
        var categories = new List<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var points in series.Select(s => s.Points))
        {
            // For each point, the nearest later label that earlier series already placed.
            var anchors = new string?[points.Count];
            string? anchor = null;
            for (var i = points.Count - 1; i >= 0; i--)
            {
                anchors[i] = anchor;
                anchor = known.Contains(points[i].Label) ? points[i].Label : anchor;
            }

            for (var i = 0; i < points.Count; i++)
            {
                if (known.Add(points[i].Label))
                {
                    categories.Insert(anchors[i] is { } next ? categories.IndexOf(next) : categories.Count, points[i].Label);
                }
            }
        }

        return [.. categories];
    }

    private static void WriteValueAxis(SvgWriter svg, NiceScale scale, double plotLeft, double plotWidth, Func<double, double> y)
    {
        svg.Start("g", ("class", "grid"));
        foreach (var tick in scale.Ticks)
        {
            svg.Empty("line", ("x1", N(plotLeft)), ("y1", N(y(tick))), ("x2", N(plotLeft + plotWidth)), ("y2", N(y(tick))),
                ("stroke", SeriesStyle.Grid));
            SvgChart.Label(svg, "tick", scale.Format(tick), plotLeft - 6, y(tick) + (SvgChart.SmallFontSize * 0.35), "end",
                SvgChart.SmallFontSize, SeriesStyle.SecondaryInk);
        }

        svg.End("g");
    }

    private static void WriteCategoryAxis(SvgWriter svg, string[] categories, double plotLeft, double band, double plotBottom)
    {
        const double font = SvgChart.SmallFontSize;
        var fitsOneLine = categories.All(c => ChartText.Wrap(c, band - 6, font, 2).Count == 1);
        var fitsTwoLines = fitsOneLine || categories.All(c => !ChartText.Wrap(c, band - 6, font, 2)[^1].EndsWith('…'));
        var widest = Math.Min(categories.Max(c => ChartText.Width(c, font)), SvgChart.Width / 2);
        var every = fitsTwoLines ? 1 : Math.Clamp((int)Math.Ceiling((widest + 6) / band), 1, categories.Length);
        var lines = fitsOneLine || !fitsTwoLines ? 1 : 2;

        svg.Start("g", ("class", "categories"));
        for (var c = 0; c < categories.Length; c += every)
        {
            var x = plotLeft + ((c + 0.5) * band);
            var width = Math.Max(band * every, band) - 6;
            SvgChart.Lines(svg, "category", categories[c], ChartText.Wrap(categories[c], width, font, lines), x,
                plotBottom + 8 + font, CategoryLineHeight, "middle", font);
        }

        svg.End("g");
    }

    private static void WriteColumns(SvgWriter svg, string id, IReadOnlyList<ChartSeries> series, string[] categories,
        ChartPoint?[][] values, double band, Func<int, double> bandLeft, Func<double, double> y, string? valueFormat)
    {
        var width = band * 0.8 / series.Count;
        for (var s = 0; s < series.Count; s++)
        {
            var style = SeriesStyle.For(s);
            svg.Start("g", ("class", "series"), ("fill", style.Fill(PatternId(id, s))), ("stroke", style.Colour));
            for (var c = 0; c < categories.Length; c++)
            {
                if (values[s][c] is not { } point)
                {
                    continue;
                }

                var top = y(Math.Max(0, SvgChart.Finite(point.Value)));
                svg.Start("rect", ("class", "column"), ("x", N(bandLeft(c) + (band * 0.1) + (s * width))), ("y", N(top)),
                        ("width", N(width)), ("height", N(y(0) - top)))
                    .Element("title", Tooltip(series[s], point, valueFormat))
                    .End("rect");
            }

            svg.End("g");
        }
    }

    private static void WriteLines(SvgWriter svg, IReadOnlyList<ChartSeries> series, string[] categories,
        ChartPoint?[][] values, double band, Func<int, double> bandLeft, Func<double, double> y, string? valueFormat)
    {
        for (var s = 0; s < series.Count; s++)
        {
            var style = SeriesStyle.For(s);
            var path = new List<string>();
            var joined = false;
            for (var c = 0; c < categories.Length; c++)
            {
                if (values[s][c] is { } point)
                {
                    path.Add((joined ? "L" : "M") + N(bandLeft(c) + (band / 2)) + " " + N(y(SvgChart.Finite(point.Value))));
                }

                joined = values[s][c] is not null;
            }

            svg.Start("g", ("class", "series"));
            if (path.Count > 0)
            {
                svg.Empty("path", ("class", "line"), ("d", string.Concat(path)), ("fill", "none"), ("stroke", style.Colour),
                    ("stroke-width", "2"), ("stroke-dasharray", style.DashArray), ("stroke-linejoin", "round"));
            }

            for (var c = 0; c < categories.Length; c++)
            {
                if (values[s][c] is { } point)
                {
                    style.WriteMarker(svg, "marker", bandLeft(c) + (band / 2), y(SvgChart.Finite(point.Value)), Tooltip(series[s], point, valueFormat));
                }
            }

            svg.End("g");
        }
    }

    private static string Tooltip(ChartSeries series, ChartPoint point, string? valueFormat) =>
        $"{series.Name} — {point.Label}: {ChartText.FormatValue(point.Value, valueFormat)}";

    private static string PatternId(string chartId, int series) => $"{chartId}-p{series % SeriesStyle.Count}";

    private static string N(double value) => SvgWriter.Number(value);
}
