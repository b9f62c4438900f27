using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Hosting;

/// <summary>The site's public origin for absolute links in e-mail: <see cref="HostingOptions.PublicUrl"/>, the request's, or the server's.</summary>
public sealed class SiteAddress(IOptions<HostingOptions> options, IServer server, IHttpContextAccessor http)
{
    /// <summary>Scheme, host and path base, without a trailing slash.</summary>
    public string Origin
    {
        get
        {
            if (options.Value.PublicUrl is { Length: > 0 } configured)
            {
                return configured.TrimEnd('/');
            }

            if (http.HttpContext?.Request is { } request)
            {
                return $"{request.Scheme}://{request.Host}{request.PathBase}";
            }

            var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            return (listening ?? "http://localhost").Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).TrimEnd('/');
        }
    }
}
