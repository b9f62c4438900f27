namespace Anshin.Core.Indicators;

/// <summary>
/// What a scam-wave indicator is. Stored as a number, so members are never renumbered and new kinds take the
/// next free value.
/// </summary>
public enum IndicatorKind
{
    /// <summary>A telephone number the scammer gave or called from, domestic or international.</summary>
    PhoneNumber = 1,

    /// <summary>A host name, from a URL or written on its own (<c>amaz0n-security[.]xyz</c>).</summary>
    Domain = 2,

    /// <summary>An http or https URL, defanged or not.</summary>
    Url = 3,

    /// <summary>An alphanumeric SMS sender name or short code (<c>SAGAWA</c>).</summary>
    SmsSender = 4,

    /// <summary>A demand to buy or pay with electronic money: gift cards, prepaid value or bitcoin.</summary>
    EmoneyDemand = 5,

    /// <summary>A sum of money in yen or US dollars.</summary>
    Amount = 6,
}
