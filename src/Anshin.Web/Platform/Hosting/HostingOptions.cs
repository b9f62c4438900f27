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

    /// <summary>
    /// How long an anonymous public page (home, articles, navigator, search, feeds) is kept in the output cache; every
    /// publication clears it at once. Zero turns the cache off (benchmarks of the uncached pages).
    /// </summary>
    public TimeSpan PublicCacheDuration { get; set; } = PublicPageCache.Duration;
}
