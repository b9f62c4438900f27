using System.Globalization;
using System.Xml.Linq;
using Anshin.Core.Statistics;

namespace Anshin.Tests.Statistics;

/// <summary>Chart data and SVG reading shared by the chart tests.</summary>
internal static class ChartSamples
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static ChartPoint[] Points(params (string Label, double Value)[] points) =>
        [.. points.Select(p => new ChartPoint(p.Label, p.Value))];

    public static ChartSeries Series(string name, params (string Label, double Value)[] points) => new(name, Points(points));

    /// <summary>Three 手口 over four quarters, the shape of the quarterly report.</summary>
    public static ChartSeries[] Quarterly() =>
    [
        Series("サポート詐欺", ("2024Q1", 12), ("2024Q2", 18), ("2024Q3", 9), ("2024Q4", 21)),
        Series("フィッシング", ("2024Q1", 30), ("2024Q2", 25), ("2024Q3", 41), ("2024Q4", 38)),
        Series("ランサムウェア", ("2024Q1", 2), ("2024Q2", 0), ("2024Q3", 5), ("2024Q4", 3)),
    ];

    /// <summary>Parses the SVG; throws when it is not well-formed XML.</summary>
    public static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    public static IEnumerable<XElement> WithClass(this XElement root, string cssClass) =>
        root.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    /// <summary>The text a reader sees in a text element, its tooltip left out.</summary>
    public static string Shown(this XElement text) =>
        string.Concat(text.DescendantNodes().OfType<XText>().Where(t => t.Parent!.Name != Svg + "title").Select(t => t.Value));

    public static double Number(this XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    public static double ViewBoxHeight(this XElement root) =>
        double.Parse(((string)root.Attribute("viewBox")!).Split(' ')[3], CultureInfo.InvariantCulture);

    /// <summary>WCAG 2 contrast ratio of a <c>#rrggbb</c> colour against white.</summary>
    public static double ContrastWithWhite(string colour)
    {
        double Channel(int offset)
        {
            var c = int.Parse(colour.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var luminance = (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
        return 1.05 / (luminance + 0.05);
    }
}
