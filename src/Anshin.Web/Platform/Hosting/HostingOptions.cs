namespace Anshin.Web.Platform.Hosting;

/// <summary>How the host sits in its network, bound from the <c>Hosting</c> section.</summary>
public sealed class HostingOptions
{
    public const string Section = "Hosting";

    /// <summary>Trust X-Forwarded-For/-Proto from the load balancer in front (only behind one).</summary>
    public bool TrustForwardedHeaders { get; set; }
}
