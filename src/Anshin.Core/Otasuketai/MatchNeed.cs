namespace Anshin.Core.Otasuketai;

/// <summary>Whether the firm has a UTM or router that a network service could watch.</summary>
public enum NetworkDevice
{
    Unknown = 0,
    Yes = 1,
    No = 2,
}

/// <summary>What a small firm tells the matching wizard about itself.</summary>
public sealed record MatchNeed
{
    public int Pcs { get; init; }

    public int Servers { get; init; }

    public int Sites { get; init; } = 1;

    /// <summary>Prefecture code 1–47.</summary>
    public int Prefecture { get; init; }

    public NetworkDevice HasNetworkDevice { get; init; }

    public bool WantsOnSite { get; init; } = true;

    /// <summary>The most the firm would pay a month, yen excluding tax; null when it gave no budget.</summary>
    public long? Budget { get; init; }

    public int Devices => Pcs + Servers;
}
