using Anshin.Core.Statistics;
using static Anshin.Tests.Statistics.ChartSamples;

namespace Anshin.Tests.Statistics;

public sealed class BarsChartTests
{
    [Fact]
    public void Bars_DrawOneBarPerPoint_LabelLeftAndValueAtTheEnd()
    {
        var root = Parse(SvgChart.Bars("手口別件数", Points(("サポート詐欺", 120), ("フィッシング", 45), ("不正アクセス", 7))));

        var items = root.WithClass("item").ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal(["サポート詐欺", "フィッシング", "不正アクセス"], items.Select(i => i.WithClass("label").Single().Shown()));
        Assert.Equal(["120", "45", "7"], items.Select(i => i.WithClass("value").Single().Value));
        var bar = items[0].WithClass("bar").Single();
        var label = items[0].WithClass("label").Single();
        var value = items[0].WithClass("value").Single();
        Assert.Equal("end", (string?)label.Attribute("text-anchor"));
        Assert.True(label.Descendants(Svg + "tspan").Single().Number("x") < bar.Number("x"));
        Assert.Equal(bar.Number("x") + bar.Number("width") + 6, value.Number("x"), precision: 1);
    }

    [Fact]
    public void Bars_AreAsLongAsTheirValue_OnANiceAxis()
    {
        var root = Parse(SvgChart.Bars("件数", Points(("a", 7), ("b", 3.5), ("c", 0))));

        var widths = root.WithClass("bar").Select(b => b.Number("width")).ToList();
        Assert.Equal(widths[0] / 2, widths[1], precision: 1);
        Assert.Equal(0, widths[2]);
        Assert.Equal(["0", "2", "4", "6", "8"], root.WithClass("tick").Select(t => t.Value));
    }

    [Fact]
    public void Bars_HeightGrowsWithTheNumberOfPoints()
    {
        var two = Parse(SvgChart.Bars("件数", Points(("a", 1), ("b", 2))));
        var ten = Parse(SvgChart.Bars("件数", Points([.. Enumerable.Range(1, 10).Select(i => ($"手口{i}", (double)i))])));

        Assert.Equal(8 * 30, ten.ViewBoxHeight() - two.ViewBoxHeight(), precision: 1);
    }

    [Fact]
    public void Bars_NegativeValue_DrawsNoBar_ButShowsItsNumber()
    {
        var root = Parse(SvgChart.Bars("件数", Points(("訂正", -3), ("通常", 5))));

        Assert.Equal(0, root.WithClass("bar").First().Number("width"));
        Assert.Equal("-3", root.WithClass("value").First().Value);
        Assert.Equal("0", root.WithClass("tick").First().Value);
    }

    [Fact]
    public void Bars_AllZero_StillHaveAnAxis()
    {
        var root = Parse(SvgChart.Bars("件数", Points(("a", 0), ("b", 0))));

        Assert.All(root.WithClass("bar"), b => Assert.Equal(0, b.Number("width")));
        Assert.Equal(["0", "1"], root.WithClass("tick").Select(t => t.Value));
    }

    [Fact]
    public void Bars_SinglePoint_FillsTheAxis()
    {
        var root = Parse(SvgChart.Bars("件数", Points(("唯一", 5))));

        Assert.Single(root.WithClass("bar"));
        Assert.Equal("5", root.WithClass("tick").Last().Value);
    }

    [Fact]
    public void Bars_ValueFormat_IsUsedForTheNumbersAndTheDescription()
    {
        var root = Parse(SvgChart.Bars("割合", Points(("偽警告", 12.345)), valueFormat: "0.0'%'"));

        Assert.Equal("12.3%", root.WithClass("value").Single().Value);
        Assert.Equal("偽警告: 12.3%", root.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void Bars_LongJapaneseLabel_WrapsOntoTwoLines_AndKeepsTheWholeLabelAsTooltip()
    {
        const string label = "宅配業者を装ったSMSのリンクから偽サイトにアクセスし、IDとパスワードを入力してしまった事例";
        var root = Parse(SvgChart.Bars("件数", Points((label, 4), ("短い", 2))));

        var text = root.WithClass("label").First();
        var lines = text.Descendants(Svg + "tspan").Select(t => t.Value).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("宅配業者を装った", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("…", lines[1], StringComparison.Ordinal);
        Assert.Equal(label, text.Element(Svg + "title")!.Value);
        Assert.Contains(label + ": 4", root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }
}
