using System.Globalization;
using System.Xml.Linq;
using Anshin.Core.Statistics;
using static Anshin.Tests.Statistics.ChartSamples;

namespace Anshin.Tests.Statistics;

public sealed class SvgChartTests
{
    public static TheoryData<string> EveryKind => ["bars", "columns", "line"];

    private static string Draw(string kind, ChartSeries[] series, string emptyText = SvgChart.DefaultEmptyText) => kind switch
    {
        "bars" => SvgChart.Bars("件数", series.FirstOrDefault()?.Points ?? [], emptyText: emptyText),
        "columns" => SvgChart.Columns("件数", series, emptyText: emptyText),
        _ => SvgChart.Line("件数", series, emptyText: emptyText),
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Chart_IsAnImageNamedByItsTitleAndDescribedByItsDesc(string kind)
    {
        var root = Parse(Draw(kind, Quarterly()));

        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        var title = root.Elements().First();
        var desc = root.Elements().Skip(1).First();
        Assert.Equal([Svg + "title", Svg + "desc"], [title.Name, desc.Name]);
        Assert.Equal("件数", title.Value);
        Assert.Equal($"{(string?)title.Attribute("id")} {(string?)desc.Attribute("id")}", (string?)root.Attribute("aria-labelledby"));
        Assert.Contains("2024Q1: 12", desc.Value, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Chart_ScalesToItsContainer_InNotoSansCjkJp(string kind)
    {
        var root = Parse(Draw(kind, Quarterly()));

        Assert.Equal("100%", (string?)root.Attribute("width"));
        Assert.Null(root.Attribute("height"));
        Assert.StartsWith("0 0 640 ", (string?)root.Attribute("viewBox"), StringComparison.Ordinal);
        Assert.StartsWith("'Noto Sans CJK JP', 'Noto Sans JP'", (string?)root.Attribute("font-family"), StringComparison.Ordinal);
        Assert.EndsWith("sans-serif", (string?)root.Attribute("font-family"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Chart_HasNoScriptStylesOrExternalReferences(string kind)
    {
        var series = new[] { Series("<script>alert(1)</script>", ("javascript:alert(1)", 1), ("url(http://x/)", 2)) };
        var root = Parse(Draw(kind, series));

        Assert.Empty(root.Descendants(Svg + "script"));
        Assert.Empty(root.Descendants(Svg + "style"));
        Assert.Empty(root.Descendants(Svg + "foreignObject"));
        var attributes = root.DescendantsAndSelf().Attributes().ToList();
        Assert.DoesNotContain(attributes, a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Name.LocalName is "style" or "href");
        Assert.All(attributes.Where(a => a.Value.Contains("url(", StringComparison.Ordinal)), a => Assert.StartsWith("url(#", a.Value, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Chart_EscapesMarkupAndAmpersandsInLabelsAndNames(string kind)
    {
        var series = new[] { Series("A&B <b>", ("<script>alert(1)</script> & co", 3), ("\"引用\" 'x'", 4)) };

        var svg = Draw(kind, series);
        var root = Parse(svg);

        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", svg, StringComparison.Ordinal);
        var shown = root.Descendants(Svg + "text").Select(t => t.Shown()).ToList();
        Assert.Contains("<script>alert(1)</script> & co", shown);
        Assert.Contains("\"引用\" 'x'", shown);
        Assert.Contains("<script>alert(1)</script> & co: 3", root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Chart_StaysWellFormed_WithCharactersXmlForbids(string kind)
    {
        var series = new[] { Series("bell\u0007", ("nul\0 and \uD800 lone surrogate", 1), ("絵文字 🛡️", 2)) };

        var root = Parse(Draw(kind, series));

        Assert.Contains(root.Descendants(Svg + "text"), t => t.Shown() == "絵文字 🛡️");
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void EmptyChart_ShowsTheEmptyText(string kind)
    {
        var root = Parse(Draw(kind, [], "データがありません"));

        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("件数", root.Element(Svg + "title")!.Value);
        Assert.Equal("データがありません", root.WithClass("empty").Single().Value);
        Assert.Equal("データがありません", root.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void EmptyChart_SaysADashByDefault_AlsoForSeriesWithoutPoints()
    {
        Assert.Equal("—", Parse(SvgChart.Bars("件数", [])).WithClass("empty").Single().Value);
        Assert.Equal("—", Parse(SvgChart.Columns("件数", [Series("偽警告")])).WithClass("empty").Single().Value);
        Assert.Equal("—", Parse(SvgChart.Line("件数", [])).WithClass("empty").Single().Value);
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Text_HasAtLeast4Point5To1ContrastOnTheWhiteBackground(string kind)
    {
        var root = Parse(Draw(kind, Quarterly()));

        var background = root.Elements(Svg + "rect").First();
        Assert.Equal("#ffffff", (string?)background.Attribute("fill"));
        Assert.Equal("640", (string?)background.Attribute("width"));
        Assert.All(root.Descendants(Svg + "text"), t => Assert.True(ContrastWithWhite((string)t.Attribute("fill")!) >= 4.5, t.ToString()));
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Chart_IsTheSameEveryTime_ButIdsDifferBetweenCharts(string kind)
    {
        var first = Draw(kind, Quarterly());
        var other = Draw(kind, [Series("別", ("2024Q1", 1))]);

        Assert.Equal(first, Draw(kind, Quarterly()));
        Assert.NotEqual((string?)Parse(first).Element(Svg + "title")!.Attribute("id"), (string?)Parse(other).Element(Svg + "title")!.Attribute("id"));
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void NotFiniteAndHugeValues_DoNotBreakTheChart(string kind)
    {
        var series = new[] { Series("極端", ("NaN", double.NaN), ("∞", double.PositiveInfinity), ("max", double.MaxValue), ("min", -double.MaxValue)) };

        var root = Parse(Draw(kind, series));

        Assert.DoesNotContain(root.DescendantsAndSelf().Attributes(), a => a.Value.Contains("NaN", StringComparison.Ordinal)
            || a.Value.Contains('∞', StringComparison.Ordinal) || a.Value.Contains('E', StringComparison.Ordinal));
    }

    [Fact]
    public void Formatting_IgnoresTheCurrentCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var root = Parse(SvgChart.Bars("件数", Points(("大", 1234567.5), ("小", 0.25))));

            Assert.Equal(["1,234,567.5", "0.25"], root.WithClass("value").Select(v => v.Value));
            Assert.Contains("1,500,000", root.WithClass("tick").Select(t => t.Value));
            Assert.DoesNotContain(root.Descendants().Attributes(), a => a.Name.LocalName is "x" or "y" or "width" && a.Value.Contains(',', StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
