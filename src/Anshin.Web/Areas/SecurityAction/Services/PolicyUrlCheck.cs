using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.SecurityAction.Services;

/// <summary>
/// Checks the address where a ★★ declarant publishes its basic policy: always that it is an absolute http or https URL
/// with a host; and, only when <see cref="SecurityActionOptions.CheckPolicyUrlReachable"/> is on, that it answers.
/// </summary>
public sealed class PolicyUrlCheck(IHttpClientFactory clients, IOptions<SecurityActionOptions> options)
{
    /// <summary>The URL as it will be stored, or null when it is not a well-formed http(s) address.</summary>
    public static string? WellFormed(string? input)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 500
            || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || string.IsNullOrEmpty(uri.Host) || !uri.Host.Contains('.', StringComparison.Ordinal) || uri.UserInfo.Length > 0)
        {
            return null;
        }

        return uri.AbsoluteUri;
    }

    /// <summary>The resource key of the problem with the URL, or null when it is acceptable.</summary>
    public async Task<string?> ProblemAsync(string? input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return "SecurityAction.Error.PolicyUrlRequired";
        }

        if (WellFormed(input) is not { } url)
        {
            return "SecurityAction.Error.PolicyUrlInvalid";
        }

        if (!options.Value.CheckPolicyUrlReachable)
        {
            return null;
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.Value.ReachabilityTimeout);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = await clients.CreateClient(nameof(PolicyUrlCheck))
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return (int)response.StatusCode < 400 ? null : "SecurityAction.Error.PolicyUrlUnreachable";
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return "SecurityAction.Error.PolicyUrlUnreachable";
        }
    }
}
