using Anshin.Core.Indicators;

namespace Anshin.Tests.Indicators;

/// <summary>Short ways to ask what the extractor finds in a text.</summary>
internal static class Extraction
{
    /// <summary>The values of every indicator of one kind, in order.</summary>
    public static string[] Values(IndicatorKind kind, string text) =>
        [.. IndicatorExtractor.Extract(text).Where(i => i.Kind == kind).Select(i => i.Value)];

    /// <summary>The one indicator of a kind the text yields; fails when there are none or several.</summary>
    public static Indicator Single(IndicatorKind kind, string text) =>
        Assert.Single(IndicatorExtractor.Extract(text), i => i.Kind == kind);
}
