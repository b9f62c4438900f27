using Anshin.Core.Statistics;
using static Anshin.Tests.Statistics.ChartSamples;

namespace Anshin.Tests.Statistics;

public sealed class ColumnsAndLineChartTests
{
    [Fact]
    public void Columns_DrawOneColumnPerPoint_GroupedPerSeries()
    {
        var root = Parse(SvgChart.Columns("四半期別", Quarterly()));

        var series = root.WithClass("series").ToList();
        Assert.Equal(3, series.Count);
        Assert.All(series, s => Assert.Equal(4, s.WithClass("column").Count()));
        Assert.Equal(["2024Q1", "2024Q2", "2024Q3", "2024Q4"], root.WithClass("category").Select(c => c.Shown()));
        Assert.Equal("フィッシング — 2024Q3: 41", series[1].WithClass("column").ElementAt(2).Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Columns_AreAsTallAsTheirValue()
    {
        var root = Parse(SvgChart.Columns("件数", [Series("a", ("Q1", 10), ("Q2", 5), ("Q3", 0))]));

        var heights = root.WithClass("column").Select(c => c.Number("height")).ToList();
        Assert.Equal(heights[0] / 2, heights[1], precision: 1);
        Assert.Equal(0, heights[2]);
    }

    [Fact]
    public void Columns_HaveALegendEntryPerSeries()
    {
        var root = Parse(SvgChart.Columns("件数", Quarterly()));

        Assert.Equal(["サポート詐欺", "フィッシング", "ランサムウェア"], root.WithClass("legend-item").Select(i => i.WithClass("legend-label").Single().Shown()));
    }

    [Fact]
    public void Columns_SeriesDifferByFillPattern_NotOnlyByColour()
    {
        var series = Enumerable.Range(1, 8).Select(i => Series($"手口{i}", ("Q1", i), ("Q2", 2 * i))).ToArray();

        var root = Parse(SvgChart.Columns("件数", series));

        var fills = root.WithClass("series").Select(s => (string)s.Attribute("fill")!).ToList();
        Assert.Equal(8, fills.Distinct().Count());
        var patterns = root.Element(Svg + "defs")!.Elements(Svg + "pattern").ToDictionary(p => (string)p.Attribute("id")!);
        var patterned = fills.Where(f => f.StartsWith("url(#", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, patterned.Count);
        var drawings = patterned.Select(f => patterns[f[5..^1]]).Select(p =>
            string.Concat(p.Attributes().Where(a => a.Name.LocalName == "patternTransform"))
            + string.Concat(p.Elements().Skip(1).Select(e => e.ToString()))).ToList();
        Assert.Equal(7, drawings.Distinct().Count());
        Assert.Equal(fills, root.WithClass("legend-item").Select(i => (string)i.Element(Svg + "rect")!.Attribute("fill")!));
    }

    [Fact]
    public void Columns_SeriesWithoutACategory_HasNoColumnThere()
    {
        var root = Parse(SvgChart.Columns("件数", [Series("a", ("Q1", 1), ("Q2", 2)), Series("b", ("Q2", 3), ("Q3", 4))]));

        Assert.Equal(["Q1", "Q2", "Q3"], root.WithClass("category").Select(c => c.Shown()));
        Assert.Equal([2, 2], root.WithClass("series").Select(s => s.WithClass("column").Count()));
    }

    [Fact]
    public void Columns_NegativeValue_DrawsNoColumn()
    {
        var root = Parse(SvgChart.Columns("件数", [Series("a", ("Q1", -4), ("Q2", 2))]));

        Assert.Equal(0, root.WithClass("column").First().Number("height"));
        Assert.Equal("0", root.WithClass("tick").First().Value);
    }

    [Fact]
    public void Line_HasAMarkerPerPoint_AndALegendEntryPerSeries()
    {
        var root = Parse(SvgChart.Line("週別", Quarterly()));

        Assert.Equal(3, root.WithClass("line").Count());
        Assert.Equal(12, root.WithClass("marker").Count());
        Assert.Equal(3, root.WithClass("legend-item").Count());
        Assert.Equal("サポート詐欺 — 2024Q4: 21", root.WithClass("marker").ElementAt(3).Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Line_SeriesDifferByDashAndMarkerShape_NotOnlyByColour()
    {
        // Equal values put every series' markers on the same spots, so their outlines differ only by shape.
        var series = Enumerable.Range(1, 8).Select(i => Series($"手口{i}", ("W1", 5), ("W2", 5))).ToArray();

        var root = Parse(SvgChart.Line("件数", series));

        var dashes = root.WithClass("line").Select(l => (string?)l.Attribute("stroke-dasharray") ?? "solid").ToList();
        Assert.Equal(8, dashes.Distinct().Count());
        var shapes = root.WithClass("series").Select(s => s.WithClass("marker").First())
            .Select(m => (string)m.Attribute("d")! + " " + (string)m.Attribute("fill")!).ToList();
        Assert.Equal(8, shapes.Distinct().Count());
        var legendDashes = root.WithClass("legend-item").Select(i => (string?)i.Element(Svg + "line")!.Attribute("stroke-dasharray") ?? "solid");
        Assert.Equal(dashes, legendDashes);
    }

    [Fact]
    public void Categories_KeepEachSeriesOrder_WhenEarlierSeriesSkipOne()
    {
        ChartSeries[] series =
        [
            Series("a", ("W2", 1), ("W4", 1)),
            Series("b", ("W1", 1), ("W2", 1), ("W3", 1), ("W4", 1), ("W5", 1)),
            Series("c", ("W3", 1), ("W3", 2), ("W0", 1)),
        ];

        Assert.Equal(["W1", "W2", "W3", "W4", "W5", "W0"], CategoryChart.Categories(series));
    }

    [Fact]
    public void Line_SinglePoint_IsAMarkerInTheMiddle()
    {
        var root = Parse(SvgChart.Line("件数", [Series("a", ("W1", 3))]));

        var marker = root.WithClass("marker").Single();
        Assert.Contains("M", (string)marker.Attribute("d")!, StringComparison.Ordinal);
        Assert.Equal("W1", root.WithClass("category").Single().Shown());
    }

    [Fact]
    public void Line_MissingPoint_BreaksTheLine()
    {
        var root = Parse(SvgChart.Line("件数", [Series("a", ("W1", 1), ("W2", 2), ("W4", 4)), Series("b", ("W1", 1), ("W3", 3), ("W4", 4))]));

        Assert.Equal(["W1", "W2", "W3", "W4"], root.WithClass("category").Select(c => c.Shown()));
        Assert.Equal([2, 2], root.WithClass("line").Select(l => ((string)l.Attribute("d")!).Count(c => c == 'M')));
    }

    [Fact]
    public void Line_NegativeValues_TakeTheAxisBelowZero()
    {
        var root = Parse(SvgChart.Line("増減", [Series("前期比", ("Q1", -3), ("Q2", 7))]));

        Assert.Equal(["-4", "-2", "0", "2", "4", "6", "8"], root.WithClass("tick").Select(t => t.Value));
    }

    [Fact]
    public void Line_FiftyTwoWeeks_LabelsOnlyEveryFewWeeks()
    {
        var weeks = Enumerable.Range(1, 52).Select(w => ($"2024-W{w:00}", (double)w)).ToArray();

        var root = Parse(SvgChart.Line("週別", [Series("相談", weeks)]));

        var labels = root.WithClass("category").Select(c => c.Shown()).ToList();
        Assert.InRange(labels.Count, 5, 26);
        Assert.Equal("2024-W01", labels[0]);
        Assert.All(labels, l => Assert.DoesNotContain("…", l, StringComparison.Ordinal));
        Assert.Equal(52, root.WithClass("marker").Count());
    }

    [Fact]
    public void ManySeries_ReuseTheLooks_WithoutFailing()
    {
        var series = Enumerable.Range(1, 11).Select(i => Series($"手口{i}", ("Q1", i))).ToArray();

        Assert.Equal(11, Parse(SvgChart.Columns("件数", series)).WithClass("column").Count());
        Assert.Equal(11, Parse(SvgChart.Line("件数", series)).WithClass("marker").Count());
    }
}
