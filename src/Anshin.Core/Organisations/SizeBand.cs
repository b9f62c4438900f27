namespace Anshin.Core.Organisations;

/// <summary>A range of head counts used to group organisations without recording their exact size.</summary>
/// <param name="Code">1 to 6, smallest first.</param>
/// <param name="MinEmployees">The smallest head count in the band.</param>
/// <param name="MaxEmployees">The largest head count in the band, or null for the open-ended top band.</param>
/// <param name="Label">The label shown to people.</param>
public sealed record SizeBand(int Code, int MinEmployees, int? MaxEmployees, BilingualText Label)
{
    /// <summary>Whether the head count falls in this band.</summary>
    public bool Contains(int employees) => employees >= MinEmployees && (MaxEmployees is null || employees <= MaxEmployees);
}
