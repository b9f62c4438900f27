namespace Anshin.Core.Indicators;

/// <summary>One indicator of a scam wave, found in what a consulter wrote.</summary>
/// <param name="Kind">What the indicator is.</param>
/// <param name="Value">
/// The normalised key that clusters cases reporting the same scam, at most
/// <see cref="IndicatorExtractor.MaxValueLength"/> characters: digits for a phone number (<c>0120123456</c>,
/// <c>+12025550143</c>); a refanged URL with lower-case scheme and host and without query or fragment; a
/// lower-case host without <c>www.</c>; an upper-case sender name; a brand code (<c>apple</c>); or a currency
/// and a whole number (<c>JPY:50000</c>).
/// </param>
/// <param name="Display">
/// How staff see it: phone numbers with hyphens where the format is known, URLs and domains defanged
/// (<c>hxxps://example[.]com/path</c>) so that nothing shown is a live link, brands by their usual name.
/// </param>
public sealed record Indicator(IndicatorKind Kind, string Value, string Display);
