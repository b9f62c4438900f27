using System.Text.Json;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>A top-level 手口 in a quarterly report: this quarter, the one before, and the same quarter a year earlier.</summary>
public sealed record ReportMethod(string Code, string NameJa, string NameEn, int Count, int Previous, int YearEarlier)
{
    public string Name(bool japanese) => japanese || NameEn.Length == 0 ? NameJa : NameEn;
}

/// <summary>A channel's count in the quarter.</summary>
public sealed record ReportChannel(string Key, int Count);

/// <summary>
/// The figures of a quarterly report, drawn from the daily counts when the draft is made and kept with it (as JSON), so a
/// published report reads the same later. <see cref="Rises"/> are the 手口 with at least 5 cases and at least half as many
/// again as the quarter before.
/// </summary>
public sealed record ReportFigures(
    int Year, int Quarter, int Total, int PreviousTotal, int YearEarlierTotal, IReadOnlyList<ReportMethod> Methods,
    IReadOnlyList<ReportChannel> Channels, double? SlaMetShare, int? MedianAnswerDays, int? Percentile90AnswerDays)
{
    public const int RiseMinimum = 5;
    public const double RiseRatio = 1.5;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IEnumerable<ReportMethod> Top(int n) => Methods.Where(m => m.Count > 0).OrderByDescending(m => m.Count).Take(n);

    public IEnumerable<ReportMethod> Rises => Methods
        .Where(m => m.Count >= RiseMinimum && m.Count >= m.Previous * RiseRatio)
        .OrderByDescending(m => m.Previous == 0 ? double.MaxValue : m.Count / (double)m.Previous);

    public static double? Change(int now, int before) => before == 0 ? null : (now - before) / (double)before;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReportFigures FromJson(string json) =>
        JsonSerializer.Deserialize<ReportFigures>(json, Json) ?? throw new InvalidOperationException("The report's figures are missing.");
}
