namespace Anshin.Core.Otasuketai;

/// <summary>What an お助け隊 service watches: the network (a UTM or router), the endpoints (EDR on each device), or both.</summary>
public enum ServiceType
{
    Network = 1,
    Endpoint = 2,
    Combined = 3,
}

/// <summary>Which parts of the price a service type charges.</summary>
public static class ServiceTypes
{
    public static IReadOnlyList<ServiceType> All { get; } = [ServiceType.Network, ServiceType.Endpoint, ServiceType.Combined];

    /// <summary>Network and combined services charge per site.</summary>
    public static bool WatchesNetwork(this ServiceType type) => type is ServiceType.Network or ServiceType.Combined;

    /// <summary>Endpoint and combined services charge per device.</summary>
    public static bool WatchesEndpoints(this ServiceType type) => type is ServiceType.Endpoint or ServiceType.Combined;

    public static bool TryParse(string? text, out ServiceType type)
    {
        if (Enum.TryParse(text, ignoreCase: true, out type) && Enum.IsDefined(type) && !int.TryParse(text, out _))
        {
            return true;
        }

        type = default;
        return false;
    }
}
