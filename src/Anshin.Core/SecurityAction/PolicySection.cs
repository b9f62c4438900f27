using System.Globalization;

namespace Anshin.Core.SecurityAction;

/// <summary>One numbered commitment of a basic policy.</summary>
/// <param name="Number">1 to 5.</param>
/// <param name="Heading">The heading without its number.</param>
/// <param name="Body">The paragraphs, each a single line.</param>
public sealed record PolicySection(int Number, string Heading, IReadOnlyList<string> Body)
{
    /// <summary>The heading as printed, e.g. 「1. 経営者の責任」.</summary>
    public string NumberedHeading => string.Create(CultureInfo.InvariantCulture, $"{Number}. {Heading}");
}
