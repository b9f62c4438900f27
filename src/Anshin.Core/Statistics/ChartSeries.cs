namespace Anshin.Core.Statistics;

/// <summary>
/// One value of a chart, named by its category (a 手口, a quarter, a week). Values that are not finite are drawn
/// as zero, so a division by zero upstream cannot break the page.
/// </summary>
public sealed record ChartPoint(string Label, double Value);

/// <summary>
/// A named run of values over shared category labels, e.g. the cases of one 手口 per quarter. Series of one chart
/// are matched by <see cref="ChartPoint.Label"/>, not by position, so a series may skip a category.
/// </summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);
