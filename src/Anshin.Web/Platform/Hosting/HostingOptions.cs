namespace Anshin.Web.Platform.Hosting;

/// <summary>How the host sits in its network, bound from the <c>Hosting</c> section.</summary>
public sealed class HostingOptions
{
    public const string Section = "Hosting";

    /// <summary>Trust X-Forwarded-For/-Proto from the load balancer in front (only behind one).</summary>
    public bool TrustForwardedHeaders { get; set; }

    /// <summary>
    /// The address the public reaches the site at (<c>https://anshin.example.jp</c>), for links in e-mail sent outside a
    /// request (the mail-news digest). Empty: the address of the request, or else the first address the server listens on.
    /// </summary>
    public string PublicUrl { get; set; } = "";
}
